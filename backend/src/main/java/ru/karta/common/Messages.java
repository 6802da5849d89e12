package ru.karta.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-facing texts of the API, Russian first, English second. */
public final class Messages {

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final String BUNDLE = "messages";

    private Messages() {
    }

    /** Picks Russian or English from the caller's Accept-Language (Russian when neither is asked for). */
    public static Locale choose(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale locale : acceptable) {
                if ("en".equals(locale.getLanguage())) {
                    return Locale.ENGLISH;
                }
                if ("ru".equals(locale.getLanguage())) {
                    return RUSSIAN;
                }
            }
        }
        return RUSSIAN;
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH.equals(locale) ? Locale.ENGLISH : RUSSIAN,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
