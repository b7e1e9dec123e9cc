package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.io.StreamingBodies;
import io.commerceclients.karla.shop.ImageUpload;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * Turns an {@link ImageUpload} into the multipart body of one streamed part named {@code image}.
 * OkHttp's multipart body does not say it is one-shot when a part is, so a stream upload is
 * wrapped to say so: the retry rules then never send it twice (its stream is read once).
 */
final class ImageParts {

  private ImageParts() {}

  static RequestBody of(ImageUpload image) {
    MediaType type = MediaType.parse(image.contentType());
    RequestBody part =
        image.file().isPresent()
            ? StreamingBodies.fromPath(image.file().get(), type, null)
            : StreamingBodies.fromStream(image.stream().orElseThrow(), image.length(), type, null);
    MultipartBody form = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("image", image.filename(), part)
        .build();
    return part.isOneShot() ? new OneShot(form) : form;
  }

  /** A multipart body whose part is read once. */
  private static final class OneShot extends RequestBody {
    private final MultipartBody form;

    OneShot(MultipartBody form) {
      this.form = form;
    }

    @Override
    public MediaType contentType() {
      return form.contentType();
    }

    @Override
    public long contentLength() throws IOException {
      return form.contentLength();
    }

    @Override
    public boolean isOneShot() {
      return true;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      form.writeTo(sink);
    }
  }
}
