package ru.karta.common;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * RFC 7396 JSON merge patch. A service turns the current state into the create-shape, applies the patch and validates
 * the result with the same rules as a create, so a patch can never store what a create would refuse.
 */
public final class MergePatch {

    private MergePatch() {
    }

    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), apply(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }

    /** Removes and returns the optional {@code version} field of a patch; 400 when it is not a whole number. */
    public static Long takeVersion(ObjectNode patch) {
        JsonNode version = patch.remove("version");
        if (version == null || version.isNull()) {
            return null;
        }
        if (!version.canConvertToLong() || !version.isIntegralNumber()) {
            throw ApiException.badRequest("version", "problem.json.wrong-type");
        }
        return version.longValue();
    }

    public static ObjectNode requireObject(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ApiException(400, "invalid-request", "problem.json.object-expected", null, null, null);
        }
        return (ObjectNode) body;
    }
}
