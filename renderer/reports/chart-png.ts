// Turning a chart's SVG into a PNG, and handing files to the browser's download, for the Reports view.

/**
 * Draws the chart on a canvas at `scale` times its size and returns the PNG. The SVG travels as a data: URL,
 * the only kind of image address the console's Content-Security-Policy allows besides its own files.
 */
export async function chartPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { width, height } = svg.viewBox.baseVal;
  const markup = new XMLSerializer().serializeToString(svg);
  const image = new Image(width, height);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This window cannot draw pictures (no 2D canvas).');
  // PNG keeps transparency; meeting papers want the white the chart is shown on.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The chart could not be turned into a PNG.'))),
      'image/png',
    ),
  );
}

/** The bytes of a file that crossed the bridge as base64. */
export function blobFromBase64(base64: string, type: string): Blob {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index += 1) bytes[index] = text.charCodeAt(index);
  return new Blob([bytes], { type });
}

/** Offers the file to the clerk as a download (the browser or Electron asks where to save it). */
export function downloadFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download reads the URL after this task ends; release it once it surely has.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
