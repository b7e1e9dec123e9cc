package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.io.StreamingBodies;
import io.commerceclients.karla.shop.ImageUpload;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/** Turns an {@link ImageUpload} into the streamed multipart part named {@code image}. */
final class ImageParts {

  private ImageParts() {}

  static MultipartBody.Part of(ImageUpload image) {
    MediaType type = MediaType.parse(image.contentType());
    RequestBody body =
        image.file().isPresent()
            ? StreamingBodies.fromPath(image.file().get(), type, null)
            : StreamingBodies.fromStream(image.stream().orElseThrow(), image.length(), type, null);
    return MultipartBody.Part.createFormData("image", image.filename(), body);
  }
}
