export function unionMembers(text: string): string[];
