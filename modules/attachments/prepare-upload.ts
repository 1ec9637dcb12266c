// The one pipeline every uploaded file goes through before it is stored, whatever it is attached
// to (a work report, a finding, a proof, an appeal, a household check): size, type by content,
// image dimensions from the header (refusing decompression bombs before anything decodes them),
// location metadata taken out of the stored copy and kept as fields, and a clean file name.
// Every file of a submission is checked before any is stored, so one bad file refuses them all.
import { fieldError } from '@/lib/server/field-error';
import { MAX_FILE_BYTES, MAX_FILE_MB, MAX_IMAGE_MEGAPIXELS, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE } from '@/lib/upload-limits';
import { cleanFileName } from '@/modules/attachments/file-name';
import { detectFileKind, isImageKind, type FileKind } from '@/modules/attachments/file-type';
import { readImageSize } from '@/modules/attachments/image-size';
import { stripImageLocation, type StrippedImage } from '@/modules/attachments/image-metadata';

export type PreparedFile = StrippedImage & { kind: FileKind; fileName: string };

export type UploadRule = {
  /** The form field the files came in; a refusal is reported on it. */
  field: string;
  /** `images` for photos only; `documents` also takes PDF, Word and Excel. */
  accept: 'images' | 'documents';
};

async function prepareOne(file: File, rule: UploadRule): Promise<PreparedFile> {
  const name = cleanFileName(file.name);
  const refuse = (messageKey: string, params: Record<string, string | number> = {}) => fieldError(rule.field, `uploads.${messageKey}`, { name, ...params });
  if (file.size > MAX_FILE_BYTES) throw await refuse('tooLarge', { max: MAX_FILE_MB });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = detectFileKind(bytes);
  if (!kind) throw await refuse(rule.accept === 'images' ? 'notImage' : 'wrongType');
  if (rule.accept === 'images' && !isImageKind(kind)) throw await refuse('notImage');
  if (isImageKind(kind)) {
    const size = readImageSize(bytes, kind.mimeType);
    if (!size) throw await refuse('unreadableImage');
    if (size.width > MAX_IMAGE_SIDE || size.height > MAX_IMAGE_SIDE || size.width * size.height > MAX_IMAGE_PIXELS) {
      throw await refuse('imageTooLarge', { width: size.width, height: size.height, side: MAX_IMAGE_SIDE, megapixels: MAX_IMAGE_MEGAPIXELS });
    }
  }
  // A container that cannot be walked cannot have its location removed safely: refused.
  const stripped = await stripImageLocation(bytes, kind.mimeType).catch(() => null);
  if (!stripped) throw await refuse('unreadableImage');
  return { ...stripped, kind, fileName: cleanFileName(file.name, kind) };
}

export async function prepareUploads(files: readonly File[], rule: UploadRule): Promise<PreparedFile[]> {
  const prepared: PreparedFile[] = [];
  for (const file of files) prepared.push(await prepareOne(file, rule));
  return prepared;
}
