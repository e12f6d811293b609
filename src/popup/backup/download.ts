/** The file name an export gets, dated so several backups sort and don't overwrite each other. */
export function backupFileName(now: Date): string {
  return `remote-pitch-backup-${now.toISOString().slice(0, 10)}.json`;
}

/**
 * Saves text as a file through a blob link: no `downloads` permission needed. The URL is
 * revoked a little later, as revoking it at once can cancel the download in some browsers.
 */
export function downloadText(text: string, fileName: string, type = 'application/json', doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
