/** Implementation of the Karla client: Retrofit interface, services, validation. Not public API. */
package io.commerceclients.karla.internal;
