package dev.entente.formats.schemaorg;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.rdf.Rdf;
import com.apicatalog.rdf.RdfDataset;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Set;
import java.util.TreeSet;

/**
 * Expands JSON-LD into RDF with Titanium, a JSON-LD 1.1 processor, with schema.org's context read
 * from the test resources rather than the network.
 */
final class JsonLdProcessor {
  private static final DocumentLoader LOCAL_SCHEMA_ORG =
      (url, options) -> {
        String address = url.toString();
        if (!address.equals("https://schema.org/") && !address.equals("http://schema.org/")) {
          throw new JsonLdError(
              JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "no network in the tests: " + address);
        }
        InputStream context =
            JsonLdProcessor.class.getResourceAsStream("/schemaorg/context-30.0.jsonld");
        return JsonDocument.of(MediaType.JSON_LD, context);
      };

  private JsonLdProcessor() {}

  /** Returns the N-Quads of a JSON-LD document, sorted. */
  static Set<String> quads(String jsonLd) throws Exception {
    RdfDataset dataset =
        JsonLd.toRdf(JsonDocument.of(new StringReader(jsonLd))).loader(LOCAL_SCHEMA_ORG).get();
    StringWriter out = new StringWriter();
    Rdf.createWriter(MediaType.N_QUADS, out).write(dataset);
    return new TreeSet<>(out.toString().lines().toList());
  }
}
