package org.designcontest.web.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.designcontest.platform.boundary.InvalidFieldException;

/**
 * Fields of a JSON object read strictly, for bodies and frames where a number is not a text nor a
 * text a number (data binding would turn {@code 42} into {@code "42"} without a word): each wrong
 * type is a 400 naming the field.
 */
public final class JsonFields {

  private JsonFields() {}

  /** The object, or an empty one for no body at all. */
  public static JsonObject orEmpty(JsonObject object) {
    return object == null ? JsonValue.EMPTY_JSON_OBJECT : object;
  }

  /** A text field, or null when absent or null. */
  public static String optionalString(JsonObject object, String field) {
    JsonValue value = object.get(field);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonString string) {
      return string.getString();
    }
    throw new InvalidFieldException(field, field + " is text.");
  }

  public static String requiredString(JsonObject object, String field) {
    String value = optionalString(object, field);
    if (value == null) {
      throw new InvalidFieldException(field, "Give " + field + ".");
    }
    return value;
  }

  /** An id field (a whole number), or null when absent or null. */
  public static Long optionalId(JsonObject object, String field) {
    JsonValue value = object.get(field);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonNumber number && number.isIntegral()) {
      return number.longValueExact();
    }
    throw new InvalidFieldException(field, "Give " + field + ", a whole number.");
  }

  public static long requiredId(JsonObject object, String field) {
    Long value = optionalId(object, field);
    if (value == null) {
      throw new InvalidFieldException(field, "Give " + field + ", a whole number.");
    }
    return value;
  }
}
