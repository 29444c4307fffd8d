#pragma once

// Helpers the app's table tests share: the model tester's complaints, and
// CSV read back strictly for round trips.

#include <QByteArray>
#include <QList>
#include <QMessageLogContext>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

namespace scb::tabletest {

// Collects what QAbstractItemModelTester reports (it warns in its category).
class ModelTestWarnings
{
public:
    ModelTestWarnings()
    {
        s_messages.clear();
        m_previous = qInstallMessageHandler(&handler);
    }
    ~ModelTestWarnings() { qInstallMessageHandler(m_previous); }
    const QStringList &messages() const { return s_messages; }

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        if (type != QtDebugMsg && type != QtInfoMsg && context.category &&
            QByteArray(context.category) == "qt.modeltest")
            s_messages << text;
    }
    static inline QStringList s_messages;
    QtMessageHandler m_previous;
};

// RFC 4180 the other way, for the round trip.
inline QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            EXPECT_TRUE(field.isEmpty() && !wasQuoted) << "a quote inside an unquoted field";
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r')) {
            EXPECT_TRUE(i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                << "a bare CR outside quotes";
        } else if (c == QLatin1Char('\n')) {
            EXPECT_TRUE(i > 0 && text[i - 1] == QLatin1Char('\r')) << "a bare LF outside quotes";
            row << field;
            rows << row;
            row.clear();
            field.clear();
            wasQuoted = false;
        } else {
            field += c;
        }
    }
    EXPECT_FALSE(quoted) << "an unterminated quoted field";
    EXPECT_TRUE(field.isEmpty() && row.isEmpty()) << "the last line lacks its CRLF";
    return rows;
}

} // namespace scb::tabletest
