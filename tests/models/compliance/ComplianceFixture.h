#pragma once

// A workspace with the shipped catalogs and control library, and a few AI systems with known facts, shared by the
// compliance tests.

#include "TestSupport.h"
#include "catalog/CatalogLoader.h"
#include "compliance/ComplianceEngine.h"
#include "compliance/ComplianceService.h"
#include "compliance/ControlLibrary.h"
#include "storage/CatalogRepository.h"
#include "storage/ComplianceRepository.h"
#include "storage/SystemRepository.h"

#include <QTest>

namespace attest::test {

struct ComplianceFixture
{
    std::unique_ptr<Workspace> ws;
    qint64 clinic = 0;   // personal data + PHI, high risk
    qint64 chatbot = 0;  // personal data, limited risk, generative
    qint64 forecast = 0; // no personal data, minimal risk

    bool setUp(const QString& path)
    {
        ws = createWorkspace(path);
        if (!ws || !CatalogLoader::sync(ws->connection())) {
            return false;
        }
        SystemRepository systems(ws->connection());
        auto make = [&](const QString& code, const QString& data, const QString& tier, const QString& model) {
            AiSystem s = AiSystem::withDefaults();
            s.set(QStringLiteral("code"), code);
            s.set(QStringLiteral("name"), code + QStringLiteral(" system"));
            s.set(QStringLiteral("data_categories"), data);
            s.set(QStringLiteral("ai_act_tier"), tier);
            s.set(QStringLiteral("model_type"), model);
            auto id = systems.create(s);
            return id ? *id : 0;
        };
        clinic = make(QStringLiteral("CLIN-01"),
                      QStringLiteral("personal,phi"),
                      QStringLiteral("high"),
                      QStringLiteral("classifier"));
        chatbot = make(QStringLiteral("CHAT-01"),
                       QStringLiteral("personal"),
                       QStringLiteral("limited"),
                       QStringLiteral("generative"));
        forecast = make(QStringLiteral("FCST-01"),
                        QStringLiteral("confidential"),
                        QStringLiteral("minimal"),
                        QStringLiteral("regression"));
        return clinic && chatbot && forecast;
    }

    Connection& connection() { return ws->connection(); }

    qint64 requirementId(const QString& key, const QString& ref)
    {
        CatalogRepository catalogs(connection());
        auto f = catalogs.framework(key);
        if (!f || !f->has_value()) {
            return 0;
        }
        auto ids = catalogs.requirementIds((*f)->id);
        return ids ? ids->value(ref) : 0;
    }
    qint64 frameworkId(const QString& key)
    {
        auto f = CatalogRepository(connection()).framework(key);
        return f && f->has_value() ? (*f)->id : 0;
    }
    qint64 controlId(const QString& code)
    {
        auto c = ComplianceRepository(connection()).controlByCode(code);
        return c && c->has_value() ? (*c)->id : 0;
    }
    // Every seeded control implemented organisation-wide, except those listed (left not started).
    bool implementAllExcept(const QStringList& codes)
    {
        ComplianceService service(connection());
        auto controls = ComplianceRepository(connection()).controls();
        for (const Control& c : *controls) {
            ControlImplementation impl;
            impl.controlId = c.id;
            impl.status = codes.contains(c.code) ? QStringLiteral("not_started") : QStringLiteral("implemented");
            if (!service.setImplementation(impl)) {
                return false;
            }
        }
        return true;
    }
    ComplianceEngine engine(const QDate& today = QDate(2026, 6, 1))
    {
        auto e = ComplianceEngine::load(connection(), today);
        if (!e || !e->loadAllSystems(connection())) {
            qFatal("engine failed to load");
        }
        return std::move(*e);
    }
};

} // namespace attest::test
