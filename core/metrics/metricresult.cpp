#include "metrics/metricresult.h"

#include <QCoreApplication>

namespace verdict {

QString undefinedName(Undefined reason)
{
    switch (reason) {
    case Undefined::None:
        return {};
    case Undefined::SingleRater:
        return QStringLiteral("single-rater");
    case Undefined::NoPairableUnits:
        return QStringLiteral("no-pairable-units");
    case Undefined::NoVariation:
        return QStringLiteral("no-variation");
    case Undefined::NothingLabelled:
        return QStringLiteral("nothing-labelled");
    case Undefined::NoObservations:
        return QStringLiteral("no-observations");
    case Undefined::NotEstimable:
        return QStringLiteral("not-estimable");
    }
    return {};
}

QString undefinedText(Undefined reason)
{
    const char *text = nullptr;
    switch (reason) {
    case Undefined::None:
        return {};
    case Undefined::SingleRater:
        text = QT_TRANSLATE_NOOP("verdict::metrics", "only one rater gave values");
        break;
    case Undefined::NoPairableUnits:
        text = QT_TRANSLATE_NOOP("verdict::metrics", "no unit was rated by two raters");
        break;
    case Undefined::NoVariation:
        text = QT_TRANSLATE_NOOP(
            "verdict::metrics", "every value is the same, so agreement cannot be told apart from chance");
        break;
    case Undefined::NothingLabelled:
        text = QT_TRANSLATE_NOOP("verdict::metrics", "nobody used this label on the units they share");
        break;
    case Undefined::NoObservations:
        text = QT_TRANSLATE_NOOP("verdict::metrics", "there is nothing to count");
        break;
    case Undefined::NotEstimable:
        text = QT_TRANSLATE_NOOP(
            "verdict::metrics", "the comparisons do not determine it (a model never wins or never loses)");
        break;
    }
    return QCoreApplication::translate("verdict::metrics", text);
}

} // namespace verdict
