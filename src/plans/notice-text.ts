/** The plain text of an uploaded notice: .docx through mammoth (one paragraph a line), anything else read as UTF-8 text. */
export async function extractNoticeText(fileName: string, content: Buffer): Promise<string> {
  const isZip = content.length > 4 && content[0] === 0x50 && content[1] === 0x4b;
  if (/\.docx$/i.test(fileName) || isZip) {
    const { default: mammoth } = await import('mammoth');
    const result = await mammoth.extractRawText({ buffer: content });
    // mammoth separates paragraphs with a blank line; keep one line per paragraph.
    return result.value.replace(/\n\n/g, '\n');
  }
  const text = content.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
