#include "MainWindow.h"

#include "ui_MainWindow.h"

#include <QIcon>

namespace od {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("OriginDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/origindesk/icons/origindesk.svg")));
}

MainWindow::~MainWindow() = default;

} // namespace od
