// Whether a snapshot's photo is the member's own upload: LinkedIn serves those from …/dms/image/…;
// a placeholder or ghost avatar is the same on every profile without a photo, so it is never
// compared (by its address or by its print) and has no picture to fingerprint.
import type { ProfileSnapshot } from '../model.ts';

export const isOwnUpload = (snapshot: Pick<ProfileSnapshot, 'photo' | 'hasPhoto'>): snapshot is typeof snapshot & { photo: NonNullable<ProfileSnapshot['photo']> } =>
  snapshot.photo !== null && snapshot.hasPhoto !== false && /\/dms\/image\//.test(snapshot.photo.url);
