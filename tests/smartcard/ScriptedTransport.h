#pragma once
// A scripted card for unit tests: each step expects one command APDU (hex) and answers with a response
// (hex) or a transport failure. Any other command is recorded as a mismatch.
#include "smartcard/CardError.h"
#include "smartcard/CardTransport.h"

#include <QList>
#include <QStringList>

class ScriptedTransport final : public lars::smartcard::CardTransport
{
public:
    struct Step
    {
        QByteArray command;
        QByteArray response;
        lars::smartcard::CardErrorCode failure = lars::smartcard::CardErrorCode::None;
    };

    ScriptedTransport &expect(const char *commandHex, const char *responseHex)
    {
        m_steps.append({QByteArray::fromHex(commandHex), QByteArray::fromHex(responseHex)});
        return *this;
    }
    ScriptedTransport &expect(const QByteArray &command, const QByteArray &response)
    {
        m_steps.append({command, response});
        return *this;
    }
    ScriptedTransport &fail(const char *commandHex, lars::smartcard::CardErrorCode code)
    {
        m_steps.append({QByteArray::fromHex(commandHex), {}, code});
        return *this;
    }

    QByteArray transmit(const QByteArray &command) override
    {
        sent.append(command);
        if (m_next >= m_steps.size()) {
            mismatches.append(
                QStringLiteral("unexpected extra APDU %1").arg(QString::fromLatin1(command.toHex())));
            throw lars::smartcard::CardException(lars::smartcard::CardErrorCode::Internal,
                                                 QStringLiteral("script ended"));
        }
        const Step &step = m_steps[m_next++];
        if (step.command != command) {
            mismatches.append(
                QStringLiteral("step %1: expected %2, got %3")
                    .arg(m_next - 1)
                    .arg(QString::fromLatin1(step.command.toHex()), QString::fromLatin1(command.toHex())));
            throw lars::smartcard::CardException(lars::smartcard::CardErrorCode::Internal,
                                                 QStringLiteral("mismatch"));
        }
        if (step.failure != lars::smartcard::CardErrorCode::None)
            throw lars::smartcard::CardException(step.failure, QStringLiteral("scripted failure"));
        return step.response;
    }
    QByteArray atr() const override { return QByteArray::fromHex("3B981340 0AA50301 01 01AD1311"); }
    void beginTransaction() override { ++transactions; }
    // Pinpad: FEATURE_VERIFY_PIN_DIRECT at pinpadCode when set; control() answers pinpadAnswer (hex).
    std::optional<quint32> verifyPinDirectControlCode() override { return pinpadCode; }
    QByteArray control(quint32 code, const QByteArray &input) override
    {
        if (controlCodes)
            controlCodes->append(code);
        if (controlInputs)
            controlInputs->append(input);
        return QByteArray::fromHex(pinpadAnswer);
    }
    void endTransaction() override { ++transactionsEnded; }

    bool done() const { return m_next == m_steps.size() && mismatches.isEmpty(); }
    QString report() const
    {
        return mismatches.join(QLatin1Char('\n')) +
               QStringLiteral(" (%1 of %2 steps used)").arg(m_next).arg(m_steps.size());
    }

    std::optional<quint32> pinpadCode;
    QByteArray pinpadAnswer = "9000";
    // Outlive the transport (EidReader destroys it at the end of each task).
    QList<quint32> *controlCodes = nullptr;
    QList<QByteArray> *controlInputs = nullptr;
    QList<QByteArray> sent;
    QStringList mismatches;
    int transactions = 0;
    int transactionsEnded = 0;

private:
    QList<Step> m_steps;
    qsizetype m_next = 0;
};
