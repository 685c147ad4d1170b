#include "common/appearance.h"
#include "common/contrast.h"
#include "workflow/demo.h"

#include <QTest>

using namespace verdict;

// Span label colours keep text readable (WCAG 2.1, 1.4.3: 4.5:1) in the light
// and dark themes, for the demo rubric and for colours chosen to be hard.
class TestContrast : public QObject
{
    Q_OBJECT

private:
    static QList<QColor> labelColours()
    {
        QList<QColor> colours;
        const auto rubric = demo::rubric();
        if (rubric) {
            for (const Criterion &c : rubric->criteria) {
                for (const Option &label : c.labels)
                    colours << QColor::fromString(label.color);
            }
        }
        // Adversarial: pure primaries, navy, black, white, mid grey.
        for (const char *name : {"#ffff00", "#000080", "#000000", "#ffffff", "#00ff00", "#ff00ff", "#00ffff", "#ff0000",
                 "#808080", "#0000ff", "#7f7f00"})
            colours << QColor::fromString(QLatin1StringView(name));
        return colours;
    }

private slots:
    void luminanceAndRatioMatchWcag()
    {
        // WCAG 2.1's definitions, and WebAIM's checker: #777 on white is 4.48:1, #767676 4.54:1.
        QCOMPARE(Contrast::luminance(Qt::black), 0.0);
        QCOMPARE(Contrast::luminance(Qt::white), 1.0);
        QVERIFY(qAbs(Contrast::ratio(Qt::black, Qt::white) - 21.0) < 1e-9);
        QVERIFY(qAbs(Contrast::ratio(Qt::white, Qt::black) - 21.0) < 1e-9);
        QVERIFY(qAbs(Contrast::ratio(QColor(0x77, 0x77, 0x77), Qt::white) - 4.48) < 0.005);
        QVERIFY(qAbs(Contrast::ratio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.005);
        // By hand: 0x77 / 255 = 0.4667 → ((0.4667 + 0.055) / 1.055)^2.4 = 0.1845.
        QVERIFY(qAbs(Contrast::luminance(QColor(0x77, 0x77, 0x77)) - 0.1845) < 0.0005);
        // Green weighs most: 0.7152.
        QVERIFY(qAbs(Contrast::luminance(QColor(0, 255, 0)) - 0.7152) < 1e-9);
    }

    void blendIsAlphaCompositing()
    {
        const QColor half(255, 0, 0, 128);
        const QColor mixed = Contrast::blend(half, Qt::white);
        QCOMPARE(mixed.red(), 255);
        QVERIFY(qAbs(mixed.green() - 127) <= 1);
        QVERIFY(qAbs(mixed.blue() - 127) <= 1);
        QCOMPARE(Contrast::blend(QColor(0, 0, 0, 0), Qt::white), QColor(Qt::white));
    }

    void spanTintsKeepTextReadable_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << Appearance::lightPalette();
        QTest::newRow("dark") << Appearance::darkPalette();
    }

    void spanTintsKeepTextReadable()
    {
        QFETCH(QPalette, palette);
        const QColor base = palette.color(QPalette::Base);
        const QColor text = palette.color(QPalette::Text);
        QVERIFY(Contrast::ratio(text, base) >= Contrast::MinimumText);
        const QList<QColor> colours = labelColours();
        QVERIFY(colours.size() > 11); // the demo rubric has labels
        for (const QColor &label : colours) {
            for (int alpha : {38, 90}) { // a span, and the current span
                const QColor tint = Contrast::tint(label, base, text, alpha);
                QVERIFY(tint.alpha() <= alpha);
                const double ratio = Contrast::ratio(text, Contrast::blend(tint, base));
                QVERIFY2(ratio >= Contrast::MinimumText,
                    qPrintable(QStringLiteral("%1 at %2: %3").arg(label.name()).arg(alpha).arg(ratio)));
            }
            // The label's name on its own colour.
            QVERIFY2(
                Contrast::ratio(Contrast::textOn(label), label) >= Contrast::MinimumText, qPrintable(label.name()));
        }
    }

    void theAdjustmentIsNeeded()
    {
        // Yellow at full strength under light text on the dark base would fall short:
        // the tint gives way instead of the text.
        const QPalette dark = Appearance::darkPalette();
        QColor yellow(0xff, 0xff, 0x00, 90);
        const QColor base = dark.color(QPalette::Base);
        const QColor text = dark.color(QPalette::Text);
        QVERIFY(Contrast::ratio(text, Contrast::blend(yellow, base)) < Contrast::MinimumText);
        const QColor tint = Contrast::tint(yellow, base, text, 90);
        QVERIFY(tint.alpha() < 90);
        QVERIFY(tint.alpha() > 0);
    }

    void accentsReadOnEitherTheme()
    {
        for (const QPalette &palette : {Appearance::lightPalette(), Appearance::darkPalette()}) {
            const QColor window = palette.color(QPalette::Window);
            for (const QColor &accent :
                {QColor(0xc0, 0x30, 0x30), QColor(0x2e, 0x8b, 0x57), QColor(0xb0, 0x1c, 0x1c)}) {
                const QColor readable = Contrast::readable(accent, window);
                QVERIFY2(Contrast::ratio(readable, window) >= Contrast::MinimumText, qPrintable(accent.name()));
                // Still the same colour family: the hue is kept.
                QVERIFY(qAbs(readable.hslHue() - accent.hslHue()) <= 2);
            }
        }
    }
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
