/** Offers `text` as a file to save, as a link with `download` would: from inside a shadow root, with its address freed after. */
export function download(root: ParentNode, text: string, name: string, type: string): void {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  root.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/** A CSV the API sent, as a file Excel reads: with the byte-order mark that reading its text dropped, or Excel misreads the Chinese. */
export function downloadCsv(root: ParentNode, csv: string, name: string): void {
  download(root, csv.startsWith("\ufeff") ? csv : `\ufeff${csv}`, name, "text/csv;charset=utf-8");
}
