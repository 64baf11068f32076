/** `30 万元`, `0.012345 万元`: an amount as it is kept (万元, exact), never rounded on the way to the reader. */
export function amountText(wan: number): string {
  return `${wan} 万元`;
}
