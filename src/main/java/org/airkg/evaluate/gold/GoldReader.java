package org.airkg.evaluate.gold;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.airkg.evaluate.GoldException;

/**
 * Reads a gold file's JSON strictly, keeping where each entry of its arrays starts: malformed JSON, a field
 * given twice, an unknown field, a value of the wrong type or content after the object fail with the file,
 * line and column.
 */
public final class GoldReader {
    /** The fields of the top-level object. */
    static final List<String> FIELDS = List.of("document", "annotator", "entities", "optional", "relations", "measurements");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private GoldReader() {}

    /** Reads {@code file}; {@code name} is how messages name it. */
    public static GoldJson.File read(Path file, String name) {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = MAPPER.createParser(in)) {
            return new GoldReader.Run(parser, name).file();
        } catch (GoldException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw problem(name, "", e);
        } catch (IOException e) {
            throw new GoldException(name, 0, 0, "cannot read gold file: " + e.getMessage(), e);
        }
    }

    private static GoldException problem(String name, String entry, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return new GoldException(name, at == null ? 0 : Math.max(at.getLineNr(), 0), at == null ? 0 : Math.max(at.getColumnNr(), 0),
                entry + describe(e), e);
    }

    /** A one-line description of a Jackson problem, without Jackson's location and source excerpt. */
    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'; known fields: " + String.join(", ", known(unknown));
        }
        String message = e.getOriginalMessage();
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            String field = mismatch.getPath().stream().map(r -> r.getFieldName()).filter(n -> n != null)
                    .reduce((a, b) -> b).map(n -> "field '" + n + "': ").orElse("");
            return field + "expected " + typeName(mismatch.getTargetType());
        }
        if (message != null && message.startsWith("Duplicate field ")) {
            return "field " + message.substring("Duplicate field ".length()) + " is given twice";
        }
        return message == null ? e.getClass().getSimpleName() : message.replaceAll("\\s+", " ").strip();
    }

    private static List<String> known(UnrecognizedPropertyException e) {
        return e.getKnownPropertyIds() == null ? List.of() : e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
    }

    private static String typeName(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    /** One pass over one file. */
    private record Run(JsonParser parser, String name) {
        GoldJson.File file() throws IOException {
            expect(parser.nextToken(), JsonToken.START_OBJECT, "a gold file is one JSON object");
            GoldJson.Located<String> document = null;
            GoldJson.Located<String> annotator = null;
            List<GoldJson.Located<GoldJson.Entity>> entities = null;
            List<GoldJson.Located<GoldJson.Entity>> optional = null;
            List<GoldJson.Located<GoldJson.Relation>> relations = null;
            List<GoldJson.Located<GoldJson.Measurement>> measurements = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonLocation at = parser.currentTokenLocation();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "document" -> document = new GoldJson.Located<>(string(value, field), at.getLineNr(), at.getColumnNr());
                    case "annotator" -> annotator = new GoldJson.Located<>(string(value, field), at.getLineNr(), at.getColumnNr());
                    case "entities" -> entities = array(value, field, GoldJson.Entity.class);
                    case "optional" -> optional = array(value, field, GoldJson.Entity.class);
                    case "relations" -> relations = array(value, field, GoldJson.Relation.class);
                    case "measurements" -> measurements = array(value, field, GoldJson.Measurement.class);
                    default -> throw new GoldException(name, at.getLineNr(), at.getColumnNr(),
                            "unknown field '" + field + "'; known fields: " + String.join(", ", FIELDS));
                }
            }
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new GoldException(name, at.getLineNr(), at.getColumnNr(), "content after the gold object");
            }
            return new GoldJson.File(document, annotator, entities, optional, relations, measurements);
        }

        private String string(JsonToken token, String field) throws IOException {
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            expect(token, JsonToken.VALUE_STRING, "field '" + field + "': expected a string");
            return parser.getText();
        }

        private <T> List<GoldJson.Located<T>> array(JsonToken token, String field, Class<T> type) throws IOException {
            expect(token, JsonToken.START_ARRAY, "field '" + field + "': expected an array");
            List<GoldJson.Located<T>> entries = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                JsonLocation at = parser.currentTokenLocation();
                expect(parser.currentToken(), JsonToken.START_OBJECT, field + "[" + entries.size() + "]: expected an object");
                try {
                    entries.add(new GoldJson.Located<>(MAPPER.readValue(parser, type), at.getLineNr(), at.getColumnNr()));
                } catch (JsonProcessingException e) {
                    throw problem(name, field + "[" + entries.size() + "]: ", e);
                }
            }
            return entries;
        }

        private void expect(JsonToken token, JsonToken wanted, String problem) {
            if (token != wanted) {
                JsonLocation at = parser.currentTokenLocation();
                throw new GoldException(name, at.getLineNr(), at.getColumnNr(), problem);
            }
        }
    }
}
