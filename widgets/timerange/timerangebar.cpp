#include "timerangebar.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace scb {

namespace {

constexpr QLatin1StringView kEditFormat("yyyy-MM-dd HH:mm");

QDateTimeEdit *makeEdit(QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setDisplayFormat(kEditFormat);
    edit->setCalendarPopup(true);
    edit->setTimeSpec(Qt::LocalTime);
    edit->setDateTimeRange(QDateTime::fromMSecsSinceEpoch(TimeRangeController::kEarliestMs),
                           QDateTime::fromMSecsSinceEpoch(TimeRangeController::kLatestMs));
    return edit;
}

QToolButton *makeArrow(QWidget *parent, QStyle::StandardPixmap icon, const QString &fallback)
{
    auto *button = new QToolButton(parent);
    button->setAutoRaise(true);
    const QIcon standard = parent->style()->standardIcon(icon, nullptr, parent);
    if (standard.isNull()) {
        button->setText(fallback);
    } else {
        button->setIcon(standard);
        button->setText(fallback); // for accessibility; the icon is shown
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    return button;
}

} // namespace

// TimeRangeDialog ------------------------------------------------------------------------------

TimeRangeDialog::TimeRangeDialog(QWidget *parent)
    : QDialog(parent)
    , m_from(makeEdit(this))
    , m_to(makeEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Custom time range"));
    m_from->setObjectName(QStringLiteral("timeRangeFrom"));
    m_to->setObjectName(QStringLiteral("timeRangeTo"));
    m_message->setObjectName(QStringLiteral("timeRangeMessage"));
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &TimeRangeDialog::validate);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &TimeRangeDialog::validate);
    validate();
}

void TimeRangeDialog::setRange(qint64 fromMs, qint64 toMs)
{
    // Down and up to whole minutes: the edits show no seconds.
    const auto floorMinute = [](qint64 ms) {
        return ms - ((ms % 60'000) + 60'000) % 60'000;
    };
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(floorMinute(fromMs)));
    m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(
        floorMinute(toMs) == toMs ? toMs : floorMinute(toMs) + 60'000));
    validate();
}

qint64 TimeRangeDialog::fromMs() const
{
    return m_from->dateTime().toMSecsSinceEpoch();
}

qint64 TimeRangeDialog::toMs() const
{
    return m_to->dateTime().toMSecsSinceEpoch();
}

bool TimeRangeDialog::isValid() const
{
    return TimeRangeController::validatedAbsolute(fromMs(), toMs()).has_value();
}

QString TimeRangeDialog::message() const
{
    return m_message->text();
}

void TimeRangeDialog::validate()
{
    QString whyNot;
    const std::optional<TimeRange> range =
        TimeRangeController::validatedAbsolute(fromMs(), toMs(), &whyNot);
    m_ok->setEnabled(range.has_value());
    if (!range)
        m_message->setText(whyNot);
    else if (range->fromMs != fromMs())
        m_message->setText(tr("Longer than %1 days: only the last %1 days up to the end are shown.")
                               .arg(TimeRangeController::kMaxSpanMs / (24 * 3'600'000)));
    else
        m_message->clear();
}

// TimeRangeBar ---------------------------------------------------------------------------------

TimeRangeBar::TimeRangeBar(TimeRangeController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_back(makeArrow(this, QStyle::SP_ArrowBack, QStringLiteral("◀")))
    , m_forward(makeArrow(this, QStyle::SP_ArrowForward, QStringLiteral("▶")))
    , m_presets(new QButtonGroup(this))
    , m_custom(new QToolButton(this))
    , m_refresh(new QComboBox(this))
    , m_label(new QLabel(this))
{
    Q_ASSERT(controller);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_back->setObjectName(QStringLiteral("timeRangeBack"));
    m_back->setToolTip(tr("Back to the previous time range"));
    m_forward->setObjectName(QStringLiteral("timeRangeForward"));
    m_forward->setToolTip(tr("Forward to the next time range"));
    layout->addWidget(m_back);
    layout->addWidget(m_forward);
    layout->addSpacing(6);

    const QList<TimeRangeController::Preset> presets = TimeRangeController::presets();
    for (int i = 0; i < presets.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("timeRangePreset%1").arg(i));
        button->setText(presets[i].label);
        button->setToolTip(TimeRange::relative(presets[i].spanMs).label());
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_presets->addButton(button, i);
        layout->addWidget(button);
    }
    m_presets->setExclusive(true);
    connect(m_presets, &QButtonGroup::idClicked, m_controller, &TimeRangeController::setPreset);

    m_custom->setObjectName(QStringLiteral("timeRangeCustom"));
    m_custom->setText(tr("Custom…"));
    m_custom->setToolTip(tr("Show a fixed range of your choice"));
    layout->addWidget(m_custom);
    connect(m_custom, &QToolButton::clicked, this, &TimeRangeBar::openCustomDialog);
    layout->addSpacing(6);

    m_refresh->setObjectName(QStringLiteral("timeRangeRefresh"));
    m_refresh->setToolTip(tr("Query the history again at this interval"));
    for (int ms : TimeRangeController::refreshChoicesMs())
        m_refresh->addItem(ms == 0 ? tr("Refresh off")
                                   : tr("Refresh %1").arg(TimeRangeController::refreshLabel(ms)),
                           ms);
    m_refresh->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addWidget(m_refresh);
    connect(m_refresh, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_controller->setRefreshIntervalMs(m_refresh->itemData(index).toInt());
    });
    layout->addSpacing(6);

    m_label->setObjectName(QStringLiteral("timeRangeLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->installEventFilter(this);
    layout->addWidget(m_label);

    connect(m_back, &QToolButton::clicked, m_controller, &TimeRangeController::back);
    connect(m_forward, &QToolButton::clicked, m_controller, &TimeRangeController::forward);
    connect(m_controller, &TimeRangeController::rangeChanged, this, &TimeRangeBar::sync);
    connect(m_controller, &TimeRangeController::historyChanged, this, &TimeRangeBar::sync);
    connect(m_controller, &TimeRangeController::refreshIntervalChanged, this, &TimeRangeBar::sync);
    sync();
}

QString TimeRangeBar::labelText() const
{
    return m_label->text();
}

void TimeRangeBar::openCustomDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new TimeRangeDialog(this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    const auto [fromMs, toMs] = m_controller->resolve(QDateTime::currentMSecsSinceEpoch());
    m_dialog->setRange(fromMs, toMs);
    TimeRangeDialog *dialog = m_dialog;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_controller->setAbsolute(dialog->fromMs(), dialog->toMs()); });
    dialog->open();
}

bool TimeRangeBar::eventFilter(QObject *watched, QEvent *event)
{
    // The tooltip resolves a relative range at the moment it is shown.
    if (watched == m_label && event->type() == QEvent::ToolTip) {
        const auto [fromMs, toMs] = m_controller->resolve(QDateTime::currentMSecsSinceEpoch());
        m_label->setToolTip(TimeRange::absolute(fromMs, toMs).label());
    }
    return QWidget::eventFilter(watched, event);
}

void TimeRangeBar::sync()
{
    m_back->setEnabled(m_controller->canGoBack());
    m_forward->setEnabled(m_controller->canGoForward());

    const int preset = m_controller->presetIndex();
    if (preset >= 0) {
        m_presets->button(preset)->setChecked(true);
    } else if (QAbstractButton *checked = m_presets->checkedButton()) {
        // An exclusive group keeps one button checked: let go of it for a moment.
        m_presets->setExclusive(false);
        checked->setChecked(false);
        m_presets->setExclusive(true);
    }

    {
        const QSignalBlocker blocker(m_refresh);
        m_refresh->setCurrentIndex(m_refresh->findData(m_controller->refreshIntervalMs()));
    }

    m_label->setText(m_controller->range().label());
}

} // namespace scb
