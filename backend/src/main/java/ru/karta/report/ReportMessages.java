package ru.karta.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ru.karta.common.Messages;
import ru.karta.report.ReportRules.Issue;

/** The messages of rule issues in the caller's language, quoting each indicator by its name and code. */
final class ReportMessages {

    private ReportMessages() {
    }

    static String message(Locale locale, FormDefinition form, Issue issue) {
        List<Object> args = new ArrayList<>();
        for (String code : issue.indicators()) {
            args.add(name(locale, form, code));
            args.add(code);
        }
        switch (issue.code()) {
            case ReportRules.TOO_MANY_DECIMALS -> args.add(issue.max());
            case ReportRules.CHANGE_OVER_THRESHOLD -> {
                args.add(change(issue.previous(), issue.current()));
                args.add(issue.previous());
                args.add(issue.current());
            }
            default -> {
            }
        }
        return Messages.get(locale, "report.issue." + issue.code(), args.toArray());
    }

    /** The field a submit refusal names for an issue: values.CODE, or comment for the missing comment. */
    static String field(Issue issue) {
        return issue.code().equals(ReportRules.COMMENT_REQUIRED) ? "comment" : "values." + issue.indicators().get(0);
    }

    private static String name(Locale locale, FormDefinition form, String code) {
        return form.indicator(code).map(i -> Locale.ENGLISH.equals(locale) ? i.nameEn() : i.nameRu())
                .orElse(code);
    }

    /** The change in whole percent with its sign: "+60", "−55". */
    private static String change(BigDecimal previous, BigDecimal current) {
        BigDecimal percent = current.subtract(previous).multiply(BigDecimal.valueOf(100))
                .divide(previous.abs(), 0, RoundingMode.HALF_UP);
        return (percent.signum() >= 0 ? "+" : "−") + percent.abs().toPlainString();
    }
}
