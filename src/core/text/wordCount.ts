/** Words as a reviewer would count them: runs of letters or digits, hyphenated words and contractions counting once. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
