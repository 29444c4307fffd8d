#include "sources/scrape/expositionwriter.h"

#include <charconv>
#include <cmath>

namespace scb {

namespace {

// Label values escape \ " and newline; HELP text escapes \ and newline only
// (a quote is literal there): the two rules of the 0.0.4 format.
void appendEscaped(std::string &out, std::string_view text, bool quote)
{
    for (char c : text) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else if (quote && c == '"')
            out += "\\\"";
        else
            out += c;
    }
}

} // namespace

void ExpositionWriter::family(std::string_view name, std::string_view help, std::string_view type)
{
    helpOnly(name, help);
    m_text += "# TYPE ";
    m_text += name;
    m_text += ' ';
    m_text += type;
    m_text += '\n';
}

void ExpositionWriter::helpOnly(std::string_view name, std::string_view help)
{
    m_text += "# HELP ";
    m_text += name;
    m_text += ' ';
    appendEscaped(m_text, help, false);
    m_text += '\n';
}

std::string ExpositionWriter::escapeLabelValue(std::string_view value)
{
    std::string out;
    out.reserve(value.size());
    appendEscaped(out, value, true);
    return out;
}

void ExpositionWriter::appendNumber(std::string &out, double value)
{
    if (std::isnan(value)) {
        out += "NaN";
        return;
    }
    if (std::isinf(value)) {
        out += value > 0 ? "+Inf" : "-Inf";
        return;
    }
    // to_chars without a format is the shortest text that reads back to the
    // same double, and writes integers without ".0"; 32 bytes hold any double.
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, ec == std::errc() ? end : buffer);
}

void ExpositionWriter::sample(std::string_view name, Labels labels, double value)
{
    m_text += name;
    if (labels.size() > 0) {
        m_text += '{';
        bool first = true;
        for (const auto &[label, text] : labels) {
            if (!first)
                m_text += ',';
            first = false;
            m_text += label;
            m_text += "=\"";
            appendEscaped(m_text, text, true);
            m_text += '"';
        }
        m_text += '}';
    }
    m_text += ' ';
    appendNumber(m_text, value);
    m_text += '\n';
}

void ExpositionWriter::sample(std::string_view name,
                              Labels labels,
                              double value,
                              int64_t timestampMs)
{
    sample(name, labels, value);
    m_text.back() = ' '; // the timestamp goes before the newline just written
    char buffer[24];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, timestampMs);
    m_text.append(buffer, ec == std::errc() ? end : buffer);
    m_text += '\n';
}

void ExpositionWriter::sampleRaw(std::string_view name, std::string_view joinedLabels, double value)
{
    m_text += name;
    if (!joinedLabels.empty()) {
        m_text += '{';
        m_text += joinedLabels;
        m_text += '}';
    }
    m_text += ' ';
    appendNumber(m_text, value);
    m_text += '\n';
}

} // namespace scb
