/** The brand themes of demo/themes, each a class `seminar-theme-<name>` that sets --seminar-* custom properties. */
export const BRANDS = ['hospital-blue', 'dark-conference', 'minimal-mono'] as const;
