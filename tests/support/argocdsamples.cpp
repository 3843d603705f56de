#include "tests/support/argocdsamples.h"

#include <QJsonDocument>

// The raw strings below live in this file, not in a test: moc (Qt 6.8) misreads
// raw string literals that span lines and contain "//" or \", and tests need moc.

namespace sextant::testsupport::argocdsamples {

namespace {

QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    Q_ASSERT_X(error.error == QJsonParseError::NoError, "argocdsamples", "a sample is not JSON");
    return document.object();
}

} // namespace

QJsonObject application()
{
    return parse(R"json({
  "metadata": {"name": "payments-eu", "namespace": "argocd", "resourceVersion": "884213",
               "labels": {"team": "payments", "region": "eu"}, "creationTimestamp": "2026-03-02T09:15:00Z"},
  "spec": {
    "project": "payments",
    "source": {"repoURL": "https://git.example.org/platform/payments.git", "path": "deploy/eu",
               "targetRevision": "main", "kustomize": {"namePrefix": "eu-"}},
    "destination": {"server": "https://10.20.0.1:6443", "namespace": "payments"},
    "syncPolicy": {"automated": {"prune": true, "selfHeal": true, "enabled": true},
                   "syncOptions": ["CreateNamespace=true"], "retry": {"limit": 3}}
  },
  "status": {
    "sync": {"status": "OutOfSync", "revision": "4f1c2ab9e0d7c3b1a6f58e2d9c0b7a3e1f2d4c6b",
             "comparedTo": {"source": {"repoURL": "https://git.example.org/platform/payments.git", "path": "deploy/eu",
                                       "targetRevision": "main"},
                            "destination": {"server": "https://10.20.0.1:6443", "namespace": "payments"}}},
    "health": {"status": "Progressing", "lastTransitionTime": "2026-05-04T10:11:40Z"},
    "resources": [
      {"version": "v1", "kind": "Service", "namespace": "payments", "name": "eu-api", "status": "Synced",
       "health": {"status": "Healthy"}},
      {"group": "apps", "version": "v1", "kind": "Deployment", "namespace": "payments", "name": "eu-api",
       "status": "OutOfSync", "health": {"status": "Progressing", "message": "Waiting for rollout to finish"}}],
    "history": [
      {"id": 11, "revision": "9a8b7c6d5e4f30211a2b3c4d5e6f708192a3b4c5", "deployedAt": "2026-05-01T08:00:12Z",
       "deployStartedAt": "2026-05-01T07:59:58Z", "initiatedBy": {"automated": true},
       "source": {"repoURL": "https://git.example.org/platform/payments.git", "path": "deploy/eu", "targetRevision": "main"}}],
    "operationState": {
      "operation": {"sync": {"revision": "4f1c2ab9e0d7c3b1a6f58e2d9c0b7a3e1f2d4c6b", "prune": true},
                    "initiatedBy": {"automated": true}, "retry": {"limit": 3}},
      "phase": "Running", "message": "waiting for healthy state of apps/Deployment/eu-api",
      "startedAt": "2026-05-04T10:11:31Z",
      "syncResult": {"revision": "4f1c2ab9e0d7c3b1a6f58e2d9c0b7a3e1f2d4c6b",
                     "source": {"repoURL": "https://git.example.org/platform/payments.git", "path": "deploy/eu"},
                     "resources": [{"group": "apps", "version": "v1", "kind": "Deployment", "namespace": "payments",
                                    "name": "eu-api", "status": "Synced", "message": "deployment.apps/eu-api configured",
                                    "hookPhase": "Running", "syncPhase": "Sync"}]}},
    "reconciledAt": "2026-05-04T10:11:30Z", "sourceType": "Kustomize",
    "summary": {"images": ["registry.example.org/payments/api:2.14.0"]}, "resourceHealthSource": "appTree"
  }
})json");
}

QJsonObject watchMessage()
{
    return parse(
        R"json({"result":{"type":"MODIFIED","application":{"metadata":{"name":"payments-eu","namespace":"argocd","resourceVersion":"884260"},"spec":{"project":"payments","destination":{"server":"https://10.20.0.1:6443","namespace":"payments"}},"status":{"sync":{"status":"Synced","revision":"4f1c2ab9e0d7c3b1a6f58e2d9c0b7a3e1f2d4c6b"},"health":{"status":"Healthy"},"operationState":{"phase":"Succeeded","startedAt":"2026-05-04T10:11:31Z","finishedAt":"2026-05-04T10:12:05Z"}}}}})json");
}

QJsonObject managedResource()
{
    return parse(R"json({
  "kind": "Secret", "namespace": "payments", "name": "eu-api-db",
  "targetState": "{\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"metadata\":{\"name\":\"eu-api-db\",\"namespace\":\"payments\"},\"data\":{\"password\":\"++++++++\",\"user\":\"++++++++\"}}",
  "liveState": "{\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"metadata\":{\"name\":\"eu-api-db\",\"namespace\":\"payments\",\"resourceVersion\":\"77120\"},\"data\":{\"password\":\"++++++++++++\",\"user\":\"++++++++\"},\"type\":\"Opaque\"}",
  "normalizedLiveState": "{\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"metadata\":{\"name\":\"eu-api-db\",\"namespace\":\"payments\"},\"data\":{\"password\":\"++++++++++++\",\"user\":\"++++++++\"},\"type\":\"Opaque\"}",
  "predictedLiveState": "{\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"metadata\":{\"name\":\"eu-api-db\",\"namespace\":\"payments\"},\"data\":{\"password\":\"++++++++\",\"user\":\"++++++++\"},\"type\":\"Opaque\"}",
  "resourceVersion": "77120", "modified": true
})json");
}

} // namespace sextant::testsupport::argocdsamples
