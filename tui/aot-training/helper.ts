export const helper = (a: number, b: number): number => a + b;
