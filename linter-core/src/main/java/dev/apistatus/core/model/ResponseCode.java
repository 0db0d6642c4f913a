package dev.apistatus.core.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The key of a response: an exact status ({@code 404}), a range ({@code 4XX}) or {@code default}.
 *
 * @param text  the key as written
 * @param code  the exact code, or 0 for a range or default
 * @param klass the first digit for an exact code or a range (4 for 404 and 4XX), 0 for default
 */
public record ResponseCode(String text, int code, int klass) {

    public static final ResponseCode DEFAULT = new ResponseCode("default", 0, 0);

    /** Parses a response key; empty when it is neither a three-digit code, a range nor {@code default}. */
    public static Optional<ResponseCode> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String k = key.trim();
        if (k.equalsIgnoreCase("default")) {
            return Optional.of(DEFAULT);
        }
        if (k.length() == 3 && Character.isDigit(k.charAt(0))) {
            if (k.substring(1).toUpperCase(Locale.ROOT).equals("XX")) {
                return Optional.of(new ResponseCode(k, 0, k.charAt(0) - '0'));
            }
            if (Character.isDigit(k.charAt(1)) && Character.isDigit(k.charAt(2))) {
                int code = Integer.parseInt(k);
                return Optional.of(new ResponseCode(k, code, code / 100));
            }
        }
        return Optional.empty();
    }

    public static ResponseCode of(int code) {
        return new ResponseCode(Integer.toString(code), code, code / 100);
    }

    public boolean isDefault() {
        return klass == 0 && code == 0;
    }

    public boolean isRange() {
        return code == 0 && klass != 0;
    }

    public boolean isExact() {
        return code != 0;
    }

    /** 2xx or 2XX. */
    public boolean isSuccess() {
        return klass == 2;
    }

    /** 3xx or 3XX. */
    public boolean isRedirection() {
        return klass == 3;
    }

    /** 4xx/5xx or their ranges; {@code default} is not counted here. */
    public boolean isError() {
        return klass == 4 || klass == 5;
    }

    /** True for this exact code, or a range that holds it. */
    public boolean covers(int status) {
        return isExact() ? code == status : isRange() && klass == status / 100;
    }

    @Override
    public String toString() {
        return text;
    }
}
