#include "alertsettings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <limits>

namespace scb {

Q_LOGGING_CATEGORY(lcAlertSettings, "scb.app.alerts", QtInfoMsg)

namespace {

constexpr QLatin1StringView kGroup("alerts");

// A stored value as the operator may see it in a message: one line, short.
QString shownValue(const QVariant &value)
{
    QString text = value.typeId() == QMetaType::QStringList
                       ? value.toStringList().join(QStringLiteral(", "))
                       : value.toString();
    text = text.simplified();
    constexpr qsizetype kMaxShown = 40;
    if (text.size() > kMaxShown)
        text = text.left(kMaxShown - 1) + QChar(0x2026);
    if (text.isEmpty() && value.typeId() != QMetaType::QString)
        text = QString::fromLatin1(value.typeName());
    return text;
}

// A whole number, from any of the shapes a settings backend hands back (the
// INI backend: strings). Anything else, fractions included: nullopt.
std::optional<int64_t> toInteger(const QVariant &value)
{
    bool ok = false;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::ULong:
    case QMetaType::UChar:
    case QMetaType::SChar:
    case QMetaType::Char:
        return value.toLongLong();
    case QMetaType::ULongLong: {
        // Beyond int64: as large as it gets, so the range check refuses it.
        const qulonglong u = value.toULongLong();
        return u > qulonglong(std::numeric_limits<int64_t>::max())
                   ? std::numeric_limits<int64_t>::max()
                   : int64_t(u);
    }
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > 9e18)
            return std::nullopt;
        return int64_t(d);
    }
    case QMetaType::QString:
    case QMetaType::QByteArray: {
        const QString text = value.toString().trimmed();
        const qlonglong n = text.toLongLong(&ok);
        if (ok)
            return n;
        // Digits only but past int64: a number, just far out of range.
        const bool digits = !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
            return c >= QLatin1Char('0') && c <= QLatin1Char('9');
        });
        if (digits)
            return std::numeric_limits<int64_t>::max();
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::optional<bool> toBoolean(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::QString:
    case QMetaType::QByteArray: {
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("0"))
            return false;
        return std::nullopt;
    }
    default:
        if (const auto n = toInteger(value); n && (*n == 0 || *n == 1))
            return *n == 1;
        return std::nullopt;
    }
}

// Reads the settings of one group and notes what it could not use.
class Reader
{
public:
    Reader(QSettings &settings, QStringList *problems)
        : m_settings(settings)
        , m_problems(problems)
    {
    }

    void boolean(const char *key, bool &field)
    {
        const QVariant value = m_settings.value(QLatin1String(key));
        if (!value.isValid())
            return;
        if (const auto b = toBoolean(value)) {
            field = *b;
            return;
        }
        note(QCoreApplication::translate(
                 "scb::AlertSettings",
                 "The alert setting %1 is neither true nor false (\"%2\"); using the default, %3.")
                 .arg(name(key), shownValue(value),
                      field ? QStringLiteral("true") : QStringLiteral("false")));
    }

    template<typename T> void integer(const char *key, T &field, int64_t min, int64_t max)
    {
        const QVariant value = m_settings.value(QLatin1String(key));
        if (!value.isValid())
            return;
        const QLocale locale;
        const std::optional<int64_t> n = toInteger(value);
        if (!n) {
            note(QCoreApplication::translate(
                     "scb::AlertSettings",
                     "The alert setting %1 is not a whole number (\"%2\"); using the default, %3.")
                     .arg(name(key), shownValue(value), locale.toString(qint64(field))));
            return;
        }
        if (*n < min || *n > max) {
            note(QCoreApplication::translate(
                     "scb::AlertSettings",
                     "The alert setting %1 = %2 is outside %3 to %4; using the default, %5.")
                     .arg(name(key), shownValue(value), locale.toString(qint64(min)),
                          locale.toString(qint64(max)), locale.toString(qint64(field))));
            return;
        }
        field = T(*n);
    }

    void xidCodes(const char *key, std::vector<uint32_t> &field)
    {
        const QVariant value = m_settings.value(QLatin1String(key));
        if (!value.isValid())
            return;
        // The INI backend reads an unquoted "46, 48" as a list of strings.
        std::optional<QString> text;
        if (value.typeId() == QMetaType::QStringList)
            text = value.toStringList().join(QLatin1Char(','));
        else if (value.typeId() == QMetaType::QString || value.typeId() == QMetaType::QByteArray)
            text = value.toString();
        else if (const auto n = toInteger(value))
            text = QString::number(*n);
        QString error =
            QCoreApplication::translate("scb::AlertSettings", "it is not a list of numbers.");
        if (text) {
            if (auto codes = parseXidCodes(*text, &error)) {
                field = std::move(*codes);
                return;
            }
        }
        note(QCoreApplication::translate("scb::AlertSettings",
                                         "The alert setting %1 (\"%2\") is not a list of XID "
                                         "codes: %3 Using the default, %4.")
                 .arg(name(key), shownValue(value), error, formatXidCodes(field)));
    }

    void note(const QString &problem)
    {
        if (m_problems)
            m_problems->append(problem);
    }

private:
    QString name(const char *key) const
    {
        return m_settings.group() + QLatin1Char('/') + QLatin1String(key);
    }

    QSettings &m_settings;
    QStringList *m_problems;
};

} // namespace

AlertRules loadAlertRules(QSettings &settings, QStringList *problems)
{
    using L = AlertRuleLimits;
    constexpr int64_t kMaxMs = kMaxRuleDurationMs;
    AlertRules rules;
    settings.beginGroup(kGroup);
    Reader read(settings, problems);
    read.boolean("temperatureEnabled", rules.temperatureEnabled);
    read.integer("tempWarnC", rules.tempWarnC, L::minTemperatureC, L::maxTemperatureC);
    read.integer("tempWarnForMs", rules.tempWarnForMs, 0, kMaxMs);
    read.integer("tempCritC", rules.tempCritC, L::minTemperatureC, L::maxTemperatureC);
    read.integer("tempHysteresisC", rules.tempHysteresisC, 0, L::maxHysteresisC);
    read.integer("tempClearForMs", rules.tempClearForMs, 0, kMaxMs);
    read.boolean("xidEnabled", rules.xidEnabled);
    read.xidCodes("criticalXidCodes", rules.criticalXidCodes);
    read.boolean("eccEnabled", rules.eccEnabled);
    read.boolean("healthEnabled", rules.healthEnabled);
    read.integer("faultClearForMs", rules.faultClearForMs, 0, kMaxMs);
    read.boolean("offlineEnabled", rules.offlineEnabled);
    read.integer("offlineForMs", rules.offlineForMs, 0, kMaxMs);
    read.boolean("nodeSilentEnabled", rules.nodeSilentEnabled);
    read.integer("nodeSilentForMs", rules.nodeSilentForMs, 0, kMaxMs);
    read.integer("maxActiveAlerts", rules.maxActiveAlerts, 1, L::maxActiveAlerts);
    settings.endGroup();

    // Each value is in range on its own; the temperatures must also fit together.
    if (const QString problem = alertRulesProblem(rules); !problem.isEmpty()) {
        const AlertRules defaults;
        rules.tempWarnC = defaults.tempWarnC;
        rules.tempCritC = defaults.tempCritC;
        rules.tempHysteresisC = defaults.tempHysteresisC;
        read.note(QCoreApplication::translate("scb::AlertSettings",
                                              "The stored alert thresholds do not fit together: "
                                              "%1 Using the default temperature thresholds.")
                      .arg(problem));
        if (!alertRulesProblem(rules).isEmpty())
            rules = defaults; // cannot happen with the ranges above; never hand on bad rules
    }
    return rules;
}

void saveAlertRules(QSettings &settings, const AlertRules &rules)
{
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("temperatureEnabled"), rules.temperatureEnabled);
    settings.setValue(QStringLiteral("tempWarnC"), rules.tempWarnC);
    settings.setValue(QStringLiteral("tempWarnForMs"), qint64(rules.tempWarnForMs));
    settings.setValue(QStringLiteral("tempCritC"), rules.tempCritC);
    settings.setValue(QStringLiteral("tempHysteresisC"), rules.tempHysteresisC);
    settings.setValue(QStringLiteral("tempClearForMs"), qint64(rules.tempClearForMs));
    settings.setValue(QStringLiteral("xidEnabled"), rules.xidEnabled);
    // One string, not a list: the INI backend writes a one-item list as a plain value.
    QStringList codes;
    for (uint32_t code : rules.criticalXidCodes)
        codes << QString::number(code);
    settings.setValue(QStringLiteral("criticalXidCodes"), codes.join(QLatin1Char(',')));
    settings.setValue(QStringLiteral("eccEnabled"), rules.eccEnabled);
    settings.setValue(QStringLiteral("healthEnabled"), rules.healthEnabled);
    settings.setValue(QStringLiteral("faultClearForMs"), qint64(rules.faultClearForMs));
    settings.setValue(QStringLiteral("offlineEnabled"), rules.offlineEnabled);
    settings.setValue(QStringLiteral("offlineForMs"), qint64(rules.offlineForMs));
    settings.setValue(QStringLiteral("nodeSilentEnabled"), rules.nodeSilentEnabled);
    settings.setValue(QStringLiteral("nodeSilentForMs"), qint64(rules.nodeSilentForMs));
    settings.setValue(QStringLiteral("maxActiveAlerts"), rules.maxActiveAlerts);
    settings.endGroup();
}

bool loadDesktopNotifications(QSettings &settings, QStringList *problems)
{
    bool enabled = false;
    settings.beginGroup(kGroup);
    Reader(settings, problems).boolean("notifyDesktop", enabled);
    settings.endGroup();
    return enabled;
}

void saveDesktopNotifications(QSettings &settings, bool enabled)
{
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("notifyDesktop"), enabled);
    settings.endGroup();
}

QString alertRulesProblem(const AlertRules &rules)
{
    const QLocale locale;
    if (rules.tempCritC <= rules.tempWarnC)
        return QCoreApplication::translate(
                   "scb::AlertSettings",
                   "The critical temperature (%1 °C) must be above the warning threshold (%2 °C).")
            .arg(locale.toString(rules.tempCritC), locale.toString(rules.tempWarnC));
    if (rules.tempHysteresisC > rules.tempWarnC)
        return QCoreApplication::translate(
                   "scb::AlertSettings",
                   "The hysteresis (%1 °C) must not exceed the warning threshold (%2 °C).")
            .arg(locale.toString(rules.tempHysteresisC), locale.toString(rules.tempWarnC));
    if (rules.tempHysteresisC >= rules.tempCritC - rules.tempWarnC)
        return QCoreApplication::translate("scb::AlertSettings",
                                           "The hysteresis (%1 °C) must be smaller than the gap "
                                           "between warning and critical (%2 °C).")
            .arg(locale.toString(rules.tempHysteresisC),
                 locale.toString(rules.tempCritC - rules.tempWarnC));
    for (uint32_t code : rules.criticalXidCodes) {
        if (code < AlertRuleLimits::minXidCode || code > AlertRuleLimits::maxXidCode)
            return QCoreApplication::translate("scb::AlertSettings",
                                               "%1 is not an XID code: codes go from 1 to 999.")
                .arg(code);
    }
    // Whatever else the engine would refuse, in its words.
    if (const Status status = rules.validate(); !status.ok())
        return QString::fromStdString(status.message());
    return {};
}

std::optional<std::vector<uint32_t>> parseXidCodes(const QString &text, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<std::vector<uint32_t>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    std::vector<uint32_t> codes;
    for (const QStringView item : QStringView(text).split(QLatin1Char(','))) {
        const QStringView token = item.trimmed();
        if (token.isEmpty())
            continue;
        const bool digits = std::all_of(token.begin(), token.end(), [](QChar c) {
            return c >= QLatin1Char('0') && c <= QLatin1Char('9');
        });
        if (!digits) {
            QString shown = token.toString().simplified();
            if (shown.size() > 20)
                shown = shown.left(19) + QChar(0x2026);
            return fail(QCoreApplication::translate("scb::AlertSettings",
                                                    "\"%1\" is not an XID code: enter whole "
                                                    "numbers from 1 to 999, separated by commas.")
                            .arg(shown));
        }
        // Leading zeros aside, more than three digits is out of range.
        qsizetype first = 0;
        while (first < token.size() - 1 && token[first] == QLatin1Char('0'))
            ++first;
        const QStringView significant = token.mid(first);
        const uint32_t code =
            significant.size() > 3 ? AlertRuleLimits::maxXidCode + 1 : significant.toUInt();
        if (code < AlertRuleLimits::minXidCode || code > AlertRuleLimits::maxXidCode) {
            QString shown = significant.toString();
            if (shown.size() > 20)
                shown = shown.left(19) + QChar(0x2026);
            return fail(QCoreApplication::translate(
                            "scb::AlertSettings", "%1 is not an XID code: codes go from 1 to 999.")
                            .arg(shown));
        }
        codes.push_back(code);
    }
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    if (codes.size() > kMaxCriticalXidCodes)
        return fail(
            QCoreApplication::translate("scb::AlertSettings", "Too many codes (%1): at most %2.")
                .arg(codes.size())
                .arg(kMaxCriticalXidCodes));
    return codes;
}

QString formatXidCodes(const std::vector<uint32_t> &codes)
{
    QStringList items;
    for (uint32_t code : codes)
        items << QString::number(code);
    return items.join(QStringLiteral(", "));
}

} // namespace scb
