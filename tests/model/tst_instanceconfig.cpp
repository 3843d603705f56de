// Reading Argo CD instances from the argocd CLI config and the environment,
// the way the CLI does.
#include "model/argocd/instanceconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace sextant;
using namespace sextant::argocd;

namespace {

// Three contexts: TLS with a CA, insecure, plain text; the third has no user.
const char SampleConfig[] =
    "current-context: prod.example.com:443\n"
    "contexts:\n"
    "- name: prod.example.com:443\n"
    "  server: prod.example.com:443\n"
    "  user: prod.example.com:443\n"
    "- name: staging\n"
    "  server: staging.example.com:8443\n"
    "  user: staging-user\n"
    "- name: local\n"
    "  server: 127.0.0.1:8080\n"
    "  user: nobody\n"
    "- name: kube\n"
    "  server: kubernetes\n"
    "  user: staging-user\n"
    "servers:\n"
    "- server: prod.example.com:443\n"
    "  grpc-web-root-path: \"\"\n"
    "  certificate-authority-data: "
    "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCmZha2UKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=\n"
    "- server: staging.example.com:8443\n"
    "  insecure: true\n"
    "  grpc-web-root-path: argocd\n"
    "- server: 127.0.0.1:8080\n"
    "  plain-text: true\n"
    "  grpc-web-root-path: \"\"\n"
    "- server: kubernetes\n"
    "  core: true\n"
    "users:\n"
    "- name: prod.example.com:443\n"
    "  auth-token: prod-token\n"
    "- name: staging-user\n"
    "  auth-token: staging-token\n"
    "prompts-enabled: false\n";

bool writeFile(const QString &path, const QByteArray &text, unsigned mode = 0600)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(text);
    file.close();
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

QByteArray configNamed(const QString &contextName)
{
    return "current-context: " + contextName.toUtf8() + "\ncontexts:\n- name: " + contextName.toUtf8() +
           "\n  server: " + contextName.toUtf8() +
           ":443\n  user: u\nservers:\n- server: " + contextName.toUtf8() +
           ":443\nusers:\n- name: u\n  auth-token: t\n";
}

} // namespace

class InstanceConfigTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    // HOME inside the scratch dir; nothing else from the real environment.
    QProcessEnvironment environment(const QString &home = QStringLiteral("home")) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), path(home));
        return env;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void searchOrder_data()
    {
        QTest::addColumn<QStringList>("files"); // config files that exist (relative to the scratch dir)
        QTest::addColumn<bool>("configDir");    // ARGOCD_CONFIG_DIR=<dir>/custom
        QTest::addColumn<bool>("legacyDir");    // ~/.argocd exists
        QTest::addColumn<bool>("xdg");          // XDG_CONFIG_HOME=<dir>/xdg
        QTest::addColumn<QString>("expected");  // the file read

        const QStringList all{QStringLiteral("custom/config"), QStringLiteral("home/.argocd/config"),
                              QStringLiteral("xdg/argocd/config"),
                              QStringLiteral("home/.config/argocd/config")};
        QTest::addRow("ARGOCD_CONFIG_DIR first")
            << all << true << true << true << QStringLiteral("custom/config");
        QTest::addRow("then legacy ~/.argocd")
            << all << false << true << true << QStringLiteral("home/.argocd/config");
        QTest::addRow("then XDG_CONFIG_HOME")
            << all << false << false << true << QStringLiteral("xdg/argocd/config");
        QTest::addRow("then ~/.config")
            << all << false << false << false << QStringLiteral("home/.config/argocd/config");
        // The CLI picks the directory, not the first file found: an empty ~/.argocd still wins.
        QTest::addRow("legacy dir without a file")
            << QStringList{QStringLiteral("xdg/argocd/config")} << false << true << true
            << QStringLiteral("home/.argocd/config");
    }

    void searchOrder()
    {
        QFETCH(QStringList, files);
        QFETCH(bool, configDir);
        QFETCH(bool, legacyDir);
        QFETCH(bool, xdg);
        QFETCH(QString, expected);

        QDir().mkpath(path(QStringLiteral("home")));
        for (const QString &file : files) {
            if (!legacyDir && file.startsWith(QStringLiteral("home/.argocd")))
                continue;
            QVERIFY(writeFile(path(file), configNamed(file.section(u'/', 0, 0))));
        }
        if (legacyDir)
            QDir().mkpath(path(QStringLiteral("home/.argocd")));
        QProcessEnvironment env = environment();
        if (configDir)
            env.insert(QStringLiteral("ARGOCD_CONFIG_DIR"), path(QStringLiteral("custom")));
        if (xdg)
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("xdg")));

        QCOMPARE(argoCdCliConfigPath(env), path(expected));
        const auto instances = readArgoCdCliConfig(env);
        QVERIFY2(instances.ok(), qPrintable(instances.errorMessage()));
        if (files.contains(expected)) {
            QCOMPARE(instances->size(), 1);
            QCOMPARE(instances->first().name, expected.section(u'/', 0, 0));
            QCOMPARE(instances->first().source, path(expected));
        } else {
            QVERIFY(instances->isEmpty()); // no file: never logged in, not an error
        }
    }

    void permissions_data()
    {
        QTest::addColumn<unsigned>("mode");
        QTest::addColumn<bool>("accepted");
        QTest::addRow("0600") << 0600u << true;
        QTest::addRow("0400") << 0400u << true;
        QTest::addRow("0644") << 0644u << false;
        QTest::addRow("0640") << 0640u << false;
        QTest::addRow("0700") << 0700u << false;
        QTest::addRow("0666") << 0666u << false;
    }

    void permissions()
    {
        QFETCH(unsigned, mode);
        QFETCH(bool, accepted);
        const QString file = path(QStringLiteral("home/.config/argocd/config"));
        QVERIFY(writeFile(file, SampleConfig, mode));

        const auto instances = readArgoCdCliConfig(environment());
        QCOMPARE(instances.ok(), accepted);
        if (!accepted) {
            const QString message = instances.errorMessage();
            QVERIFY2(message.contains(file), qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("chmod 600 ") + file), qPrintable(message));
            QVERIFY2(message.contains(QString::number(mode, 8)), qPrintable(message));
            QVERIFY(!contextByName(QStringLiteral("staging"), environment()).ok());
            QVERIFY(!currentContext(environment()).ok());
        }
        ::chmod(QFile::encodeName(file).constData(), 0600); // so the scratch dir can be cleaned
    }

    void contextsMapServersAndUsers()
    {
        QVERIFY(writeFile(path(QStringLiteral("home/.config/argocd/config")), SampleConfig));
        const auto instances = readArgoCdCliConfig(environment());
        QVERIFY2(instances.ok(), qPrintable(instances.errorMessage()));
        QCOMPARE(instances->size(), 3); // the core-mode context is skipped

        const InstanceConfig &prod = instances->at(0);
        QCOMPARE(prod.name, QStringLiteral("prod.example.com:443"));
        QCOMPARE(prod.server, QUrl(QStringLiteral("https://prod.example.com:443")));
        QCOMPARE(prod.token, QStringLiteral("prod-token"));
        QVERIFY(!prod.insecure);
        QVERIFY(!prod.plainText);
        QCOMPARE(prod.caPem, QByteArray("-----BEGIN CERTIFICATE-----\nfake\n-----END CERTIFICATE-----\n"));
        QCOMPARE(prod.source, path(QStringLiteral("home/.config/argocd/config")));

        const InstanceConfig &staging = instances->at(1);
        QCOMPARE(staging.server, QUrl(QStringLiteral("https://staging.example.com:8443/argocd")));
        QVERIFY(staging.insecure);
        QVERIFY(!staging.plainText);
        QCOMPARE(staging.token, QStringLiteral("staging-token"));
        QVERIFY(staging.caPem.isEmpty());

        const InstanceConfig &local = instances->at(2);
        QCOMPARE(local.server, QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QVERIFY(local.plainText);
        QVERIFY(local.token.isEmpty()); // user "nobody" is not listed: log in later

        const auto current = currentContext(environment());
        QVERIFY2(current.ok(), qPrintable(current.errorMessage()));
        QCOMPARE(current->name, QStringLiteral("prod.example.com:443"));

        const auto byName = contextByName(QStringLiteral("staging"), environment());
        QVERIFY(byName.ok());
        QCOMPARE(byName->token, QStringLiteral("staging-token"));
        const auto missing = contextByName(QStringLiteral("nope"), environment());
        QVERIFY(!missing.ok());
        QVERIFY(missing.errorMessage().contains(QStringLiteral("\"nope\"")));
    }

    void readsJson()
    {
        const QByteArray json = "{\"current-context\":\"a\",\"contexts\":[{\"name\":\"a\",\"server\":\"a."
                                "example:443\",\"user\":\"a\"}],"
                                "\"servers\":[{\"server\":\"a.example:443\",\"insecure\":true}],"
                                "\"users\":[{\"name\":\"a\",\"auth-token\":\"tok\"}]}";
        QVERIFY(writeFile(path(QStringLiteral("home/.config/argocd/config")), json, 0400));
        const auto current = currentContext(environment());
        QVERIFY2(current.ok(), qPrintable(current.errorMessage()));
        QCOMPARE(current->server, QUrl(QStringLiteral("https://a.example:443")));
        QVERIFY(current->insecure);
        QCOMPARE(current->token, QStringLiteral("tok"));
    }

    void badFilesAreErrorsNamingTheFile_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("unknown server") << QByteArray("contexts:\n- name: x\n  server: gone:443\n  user: u\n")
                                        << QStringLiteral("\"gone:443\"");
        QTest::addRow("not YAML") << QByteArray("contexts: [\n") << QStringLiteral("line");
        QTest::addRow("a list") << QByteArray("- a\n- b\n") << QStringLiteral("mapping");
        QTest::addRow("bad CA data")
            << QByteArray("contexts:\n- name: x\n  server: s:443\n  user: u\nservers:\n- server: s:443\n"
                          "  certificate-authority-data: '!!!'\n")
            << QStringLiteral("base64");
    }

    void badFilesAreErrorsNamingTheFile()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, mentions);
        const QString file = path(QStringLiteral("home/.config/argocd/config"));
        QVERIFY(writeFile(file, text));
        const auto instances = readArgoCdCliConfig(environment());
        QVERIFY(!instances.ok());
        QVERIFY2(instances.errorMessage().contains(file), qPrintable(instances.errorMessage()));
        QVERIFY2(instances.errorMessage().contains(mentions), qPrintable(instances.errorMessage()));
    }

    void noCurrentContext()
    {
        QVERIFY(writeFile(path(QStringLiteral("home/.config/argocd/config")), "contexts: []\n"));
        const auto current = currentContext(environment());
        QVERIFY(!current.ok());
        QVERIFY(current.errorMessage().contains(QStringLiteral("argocd login")));
    }

    void environmentOverrides_data()
    {
        QTest::addColumn<QString>("server"); // ARGOCD_SERVER ("" = unset)
        QTest::addColumn<QString>("token");  // ARGOCD_AUTH_TOKEN ("" = unset)
        QTest::addColumn<bool>("present");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<QString>("expectedToken");
        QTest::addColumn<bool>("plainText");
        QTest::addColumn<bool>("insecure");

        QTest::addRow("nothing set") << QString() << QString() << false << QString() << QUrl() << QString()
                                     << false << false;
        QTest::addRow("host:port is https")
            << QStringLiteral("argocd.example.com:443") << QStringLiteral("env-token") << true
            << QStringLiteral("argocd.example.com:443")
            << QUrl(QStringLiteral("https://argocd.example.com:443")) << QStringLiteral("env-token") << false
            << false;
        QTest::addRow("a URL is taken as given")
            << QStringLiteral("https://argocd.example.com/") << QString() << true
            << QStringLiteral("https://argocd.example.com/")
            << QUrl(QStringLiteral("https://argocd.example.com/")) << QString() << false << false;
        QTest::addRow("plain http on loopback")
            << QStringLiteral("http://127.0.0.1:8080") << QStringLiteral("t") << true
            << QStringLiteral("http://127.0.0.1:8080") << QUrl(QStringLiteral("http://127.0.0.1:8080"))
            << QStringLiteral("t") << true << false;
        QTest::addRow("plain http elsewhere is not plain-text")
            << QStringLiteral("http://argocd.example.com") << QStringLiteral("t") << true
            << QStringLiteral("http://argocd.example.com")
            << QUrl(QStringLiteral("http://argocd.example.com")) << QStringLiteral("t") << false << false;
        QTest::addRow("server of a context: its TLS settings, the env token")
            << QStringLiteral("staging.example.com:8443") << QStringLiteral("env-token") << true
            << QStringLiteral("staging.example.com:8443")
            << QUrl(QStringLiteral("https://staging.example.com:8443/argocd")) << QStringLiteral("env-token")
            << false << true;
        QTest::addRow("server of a context without ARGOCD_AUTH_TOKEN keeps its token")
            << QStringLiteral("staging.example.com:8443") << QString() << true
            << QStringLiteral("staging.example.com:8443")
            << QUrl(QStringLiteral("https://staging.example.com:8443/argocd"))
            << QStringLiteral("staging-token") << false << true;
        QTest::addRow("only a token: the current context with it")
            << QString() << QStringLiteral("env-token") << true << QStringLiteral("prod.example.com:443")
            << QUrl(QStringLiteral("https://prod.example.com:443")) << QStringLiteral("env-token") << false
            << false;
    }

    void environmentOverrides()
    {
        QFETCH(QString, server);
        QFETCH(QString, token);
        QFETCH(bool, present);
        QFETCH(QString, name);
        QFETCH(QUrl, url);
        QFETCH(QString, expectedToken);
        QFETCH(bool, plainText);
        QFETCH(bool, insecure);

        // The staging context is named after its server here, as `argocd login` names them.
        QByteArray config = SampleConfig;
        config.replace("- name: staging\n", "- name: staging.example.com:8443\n");
        QVERIFY(writeFile(path(QStringLiteral("home/.config/argocd/config")), config));
        QProcessEnvironment env = environment();
        if (!server.isEmpty())
            env.insert(QStringLiteral("ARGOCD_SERVER"), server);
        if (!token.isEmpty())
            env.insert(QStringLiteral("ARGOCD_AUTH_TOKEN"), token);

        const std::optional<InstanceConfig> instance = instanceFromEnvironment(env);
        QCOMPARE(instance.has_value(), present);
        if (!present)
            return;
        QCOMPARE(instance->name, name);
        QCOMPARE(instance->server, url);
        QCOMPARE(instance->token, expectedToken);
        QCOMPARE(instance->plainText, plainText);
        QCOMPARE(instance->insecure, insecure);
        QVERIFY(instance->source.contains(QStringLiteral("environment")));
    }

    void loopbackHosts()
    {
        QVERIFY(isLoopbackHost(QStringLiteral("localhost")));
        QVERIFY(isLoopbackHost(QStringLiteral("127.0.0.1")));
        QVERIFY(isLoopbackHost(QStringLiteral("127.1.2.3")));
        QVERIFY(isLoopbackHost(QStringLiteral("::1")));
        QVERIFY(!isLoopbackHost(QStringLiteral("10.0.0.1")));
        QVERIFY(!isLoopbackHost(QStringLiteral("argocd.example.com")));
    }
};

QTEST_GUILESS_MAIN(InstanceConfigTest)
#include "tst_instanceconfig.moc"
