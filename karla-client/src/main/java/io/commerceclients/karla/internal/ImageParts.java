package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.io.StreamingBodies;
import io.commerceclients.karla.shop.ImageUpload;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/**
 * Turns an {@link ImageUpload} into the multipart body of one streamed part named {@code image}; a
 * stream upload (a one-shot part) makes the form one-shot ({@link StreamingBodies#multipart}), so it
 * is never sent twice, by a retry or a redirect.
 */
final class ImageParts {

  private ImageParts() {}

  static RequestBody of(ImageUpload image) {
    MediaType type = MediaType.parse(image.contentType());
    RequestBody part =
        image.file().isPresent()
            ? StreamingBodies.fromPath(image.file().get(), type, null)
            : StreamingBodies.fromStream(image.stream().orElseThrow(), image.length(), type, null);
    return StreamingBodies.multipart(new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("image", image.filename(), part)
        .build());
  }
}
