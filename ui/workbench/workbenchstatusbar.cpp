#include "workbench/workbenchstatusbar.h"

#include "store/project.h"
#include "workbench/annotationsession.h"
#include "workbench/workbench.h"

#include <QLabel>

namespace verdict {

namespace {

QString clockText(double seconds)
{
    const int total = int(seconds);
    if (total >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(total / 3600)
            .arg(total / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(total % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

WorkbenchStatusBar::WorkbenchStatusBar(Workbench &workbench, QWidget *parent)
    : QStatusBar(parent)
    , m_workbench(workbench)
{
    m_projectLabel = new QLabel(this);
    m_personLabel = new QLabel(this);
    m_taskLabel = new QLabel(this);
    m_taskLabel->setObjectName(QStringLiteral("taskStatus"));
    m_timeLabel = new QLabel(this);
    m_timeLabel->setObjectName(QStringLiteral("activeTime"));
    m_timeLabel->setToolTip(tr("Active time on this task: counted while Verdict has the focus and you are not idle "
                               "for more than a minute"));
    m_countsLabel = new QLabel(this);
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(QStringLiteral("busyStatus"));
    m_busyLabel->hide();
    addWidget(m_projectLabel);
    addWidget(m_personLabel);
    addWidget(m_taskLabel, 1);
    addPermanentWidget(m_busyLabel);
    addPermanentWidget(m_timeLabel);
    addPermanentWidget(m_countsLabel);

    connect(&workbench, &Workbench::projectOpened, this, &WorkbenchStatusBar::refresh);
    connect(&workbench, &Workbench::personChanged, this, &WorkbenchStatusBar::refresh);
    connect(&workbench, &Workbench::taskChanged, this, &WorkbenchStatusBar::showAnnotationStatus);
    connect(&workbench, &Workbench::statusChanged, this, &WorkbenchStatusBar::showAnnotationStatus);
    connect(&workbench, &Workbench::countsChanged, this, &WorkbenchStatusBar::showCounts);
    connect(&workbench, &Workbench::busyChanged, this, &WorkbenchStatusBar::showBusy);
    connect(&workbench, &Workbench::activeTimeChanged, this, &WorkbenchStatusBar::showActiveTime);
    connect(&workbench, &Workbench::saveFailed, this,
        [this](const Error &error) { m_taskLabel->setText(tr("NOT SAVED: %1").arg(error.toString())); });
    connect(&workbench, &Workbench::message, this, &QStatusBar::showMessage);
    refresh();
}

void WorkbenchStatusBar::refresh()
{
    const QString person = m_workbench.person();
    if (!m_workbench.project()) {
        m_projectLabel->setText(tr("No project open"));
        m_personLabel->setText(person.isEmpty() ? QString() : tr("Working as %1").arg(person));
        m_countsLabel->clear();
        m_taskLabel->clear();
        m_timeLabel->clear();
        return;
    }
    m_projectLabel->setText(m_workbench.project()->name());
    m_personLabel->setText(tr("Working as %1").arg(person));
    showAnnotationStatus();
    showCounts();
}

void WorkbenchStatusBar::showAnnotationStatus()
{
    const AnnotationSession *session = m_workbench.session();
    if (!session) {
        m_taskLabel->clear();
        m_timeLabel->clear();
        emit annotationStatusChanged(QString());
        return;
    }
    const Annotation &a = session->annotation();
    const bool waiting = m_workbench.isWaiting();
    QString text;
    switch (a.status) {
    case AnnotationStatus::Draft:
        text = waiting            ? tr("Draft, not saved yet")
            : session->isStored() ? tr("Draft, saved %1").arg(a.updatedAt.toLocalTime().toString(u"HH:mm:ss"))
                                  : tr("Not started");
        if (a.revision > 0)
            text += tr(" · changed since it was submitted: submit again");
        break;
    case AnnotationStatus::Submitted:
        text = tr("Submitted %1 (revision %2)")
                   .arg(a.submittedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"))
                   .arg(a.revision);
        break;
    case AnnotationStatus::Skipped:
        text = tr("Skipped: %1").arg(a.note);
        break;
    case AnnotationStatus::Escalated:
        text = tr("Escalated: %1").arg(a.note);
        break;
    }
    if (waiting)
        text += tr(" · waits for the busy project");
    const QString task = tr("Task %1").arg(session->task().id);
    m_taskLabel->setText(task + QStringLiteral(" · ") + text);
    emit annotationStatusChanged(text);
    showActiveTime();
}

void WorkbenchStatusBar::showCounts()
{
    if (m_workbench.project())
        m_countsLabel->setText(tr("%1 of %2 done").arg(m_workbench.counts().done).arg(m_workbench.totalTasks()));
}

void WorkbenchStatusBar::showBusy()
{
    const SaveQueue *saves = m_workbench.saveQueue();
    const int waiting = saves ? saves->count() : 0;
    m_busyLabel->setVisible(waiting > 0);
    if (waiting == 0)
        return;
    m_busyLabel->setText(tr("Project busy: %n change(s) waiting", nullptr, waiting));
    m_busyLabel->setToolTip(tr("%1.\nYour changes are kept and saved, in the order you made them, as soon as the "
                               "project is free.")
                                .arg(saves->reason()));
}

void WorkbenchStatusBar::showActiveTime()
{
    if (const AnnotationSession *session = m_workbench.session())
        m_timeLabel->setText(tr("Active %1").arg(clockText(session->activeSeconds())));
}

} // namespace verdict
