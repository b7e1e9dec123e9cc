/** Kibo's Files API: streamed upload and download, and credential-free public links. */
package io.commerceclients.kibo.importexport.files;
