// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/storagelocation.h"

#include <QDir>
#include <QTest>

using namespace Planner;

class TestStorageLocation : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void warningNamesTheRisk();
    void localTemporaryFolderIsLocal();
};

Q_DECLARE_METATYPE(StorageLocation::Risk)

void TestStorageLocation::classify_data()
{
    using Risk = StorageLocation::Risk;
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("fileSystem");
    QTest::addColumn<Risk>("risk");
    QTest::addColumn<QString>("what");

    const QString home = QStringLiteral("/home/li/plans/2026.cohortplan");
    QTest::newRow("ext4") << home << QByteArray("ext4") << Risk::Local << QString();
    QTest::newRow("btrfs") << home << QByteArray("btrfs") << Risk::Local << QString();
    QTest::newRow("tmpfs") << home << QByteArray("tmpfs") << Risk::Local << QString();
    QTest::newRow("ntfs") << QStringLiteral("C:/Users/li/Documents/a.cohortplan")
                          << QByteArray("NTFS") << Risk::Local << QString();
    QTest::newRow("other fuse") << home << QByteArray("fuse.portal") << Risk::Local << QString();
    for (const char *fs : {"nfs", "nfs4", "cifs", "smbfs", "smb3", "9p", "davfs", "fuse.sshfs"})
        QTest::newRow(fs) << home << QByteArray(fs) << Risk::NetworkFileSystem
                          << QString::fromLatin1(fs);
    QTest::newRow("NFS upper case")
        << home << QByteArray("NFS4") << Risk::NetworkFileSystem << QStringLiteral("NFS4");
    QTest::newRow("rclone mount") << home << QByteArray("fuse.rclone") << Risk::SyncFolder
                                  << QStringLiteral("rclone");
    QTest::newRow("Dropbox") << QStringLiteral("/home/li/Dropbox/plans/a.cohortplan")
                             << QByteArray("ext4") << Risk::SyncFolder << QStringLiteral("Dropbox");
    QTest::newRow("Dropbox team") << QStringLiteral("/home/li/Dropbox (Company)/a.cohortplan")
                                  << QByteArray("ext4") << Risk::SyncFolder
                                  << QStringLiteral("Dropbox");
    QTest::newRow("OneDrive business")
        << QStringLiteral("C:/Users/li/OneDrive - Contoso/Plans/a.cohortplan") << QByteArray("NTFS")
        << Risk::SyncFolder << QStringLiteral("OneDrive");
    QTest::newRow("onedrive lower case")
        << QStringLiteral("/home/li/onedrive/a.cohortplan") << QByteArray("ext4")
        << Risk::SyncFolder << QStringLiteral("OneDrive");
    QTest::newRow("Nutstore") << QStringLiteral("/home/li/Nutstore Files/a.cohortplan")
                              << QByteArray("ext4") << Risk::SyncFolder
                              << QStringLiteral("Nutstore (坚果云)");
    QTest::newRow("坚果云") << QStringLiteral("D:/我的坚果云/培训/a.cohortplan")
                            << QByteArray("NTFS") << Risk::SyncFolder
                            << QStringLiteral("Nutstore (坚果云)");
    QTest::newRow("BaiduSyncdisk")
        << QStringLiteral("D:/BaiduSyncdisk/a.cohortplan") << QByteArray("NTFS") << Risk::SyncFolder
        << QStringLiteral("Baidu Netdisk (百度网盘)");
    QTest::newRow("百度网盘") << QStringLiteral("/home/li/百度网盘/a.cohortplan")
                              << QByteArray("ext4") << Risk::SyncFolder
                              << QStringLiteral("Baidu Netdisk (百度网盘)");
    QTest::newRow("Windows separators")
        << QStringLiteral("C:\\Users\\li\\Dropbox\\a.cohortplan") << QByteArray("NTFS")
        << Risk::SyncFolder << QStringLiteral("Dropbox");
    // Only folders count, and only whole names: a file called Dropbox, or a folder that
    // merely contains the word, is not a sync folder.
    QTest::newRow("file named like a service") << QStringLiteral("/home/li/Dropbox.cohortplan")
                                               << QByteArray("ext4") << Risk::Local << QString();
    QTest::newRow("word inside a name") << QStringLiteral("/home/li/notdropbox/a.cohortplan")
                                        << QByteArray("ext4") << Risk::Local << QString();
    // A network file system wins over a folder name: it is the stronger warning.
    QTest::newRow("network and sync name")
        << QStringLiteral("/mnt/share/Dropbox/a.cohortplan") << QByteArray("cifs")
        << Risk::NetworkFileSystem << QStringLiteral("cifs");
}

void TestStorageLocation::classify()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, fileSystem);
    QFETCH(StorageLocation::Risk, risk);
    QFETCH(QString, what);
    const auto assessment = StorageLocation::classify(path, fileSystem);
    QCOMPARE(assessment.risk, risk);
    QCOMPARE(assessment.what, what);
    QCOMPARE(StorageLocation::warning(assessment).isEmpty(), risk == StorageLocation::Risk::Local);
}

void TestStorageLocation::warningNamesTheRisk()
{
    const QString network = StorageLocation::warning(
        StorageLocation::classify(QStringLiteral("/mnt/a.cohortplan"), QByteArray("nfs4")));
    QVERIFY2(network.contains(QLatin1String("network drive")) &&
                 network.contains(QLatin1String("nfs4")),
             qPrintable(network));
    QVERIFY(network.contains(QLatin1String("lock")));
    const QString sync = StorageLocation::warning(StorageLocation::classify(
        QStringLiteral("/home/li/Dropbox/a.cohortplan"), QByteArray("ext4")));
    QVERIFY2(sync.contains(QLatin1String("Dropbox")) && sync.contains(QLatin1String("lock")),
             qPrintable(sync));
}

void TestStorageLocation::localTemporaryFolderIsLocal()
{
    // Where the tests run is a local disk (or tmpfs): no warning.
    QCOMPARE(StorageLocation::assess(QDir::tempPath() + QStringLiteral("/x.cohortplan")).risk,
             StorageLocation::Risk::Local);
}

QTEST_GUILESS_MAIN(TestStorageLocation)
#include "tst_storagelocation.moc"
