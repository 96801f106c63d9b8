// Folding text for matching labels and headers: lower case, ё→е, punctuation and runs of
// spaces to one space. «Эл. почта», «E-MAIL» and «email» fold alike; «жен.» folds to «жен».

export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
