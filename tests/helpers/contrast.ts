/** WCAG 2.2 contrast ratio of two computed colours (`rgb(r, g, b)`), for assertions on real styles. */
export function contrast(foreground: string, background: string): number {
  const [lighter, darker] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

function luminance(computed: string): number {
  const channels = computed
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number);
  const [r, g, b] = channels.map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
