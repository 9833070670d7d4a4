// RequestFramer: request boundaries and limits in a byte stream, whatever the pieces it arrives in.
#include "server/http/RequestFramer.h"

#include <QTest>

using lars::server::http::RequestFramer;
using Verdict = RequestFramer::Verdict;

class TestRequestFramer final : public QObject
{
    Q_OBJECT

    // Feeds the stream in pieces of `piece` bytes; the first verdict that is not Ok, else Ok.
    static Verdict feedInPieces(RequestFramer &framer, const QByteArray &stream, qsizetype piece)
    {
        for (qsizetype at = 0; at < stream.size(); at += piece)
            if (const Verdict v =
                    framer.feed(QByteArrayView(stream).sliced(at, std::min(piece, stream.size() - at)));
                v != Verdict::Ok)
                return v;
        return Verdict::Ok;
    }

private slots:
    void verdicts_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<bool>("inRequest");
        const QByteArray get = "GET / HTTP/1.1\r\nHost: a\r\n\r\n";
        QTest::newRow("one GET") << get << int(Verdict::Ok) << false;
        QTest::newRow("pipelined") << get + get + get << int(Verdict::Ok) << false;
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: a\n\n") << int(Verdict::Ok) << false;
        QTest::newRow("LF CR LF") << QByteArray("GET / HTTP/1.1\nHost: a\n\r\n") << int(Verdict::Ok) << false;
        // Found by fuzz_http: a bare-LF end before a later CRLF CRLF must end the first request there.
        QTest::newRow("earliest end wins")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 12\r\n\n\0\r\0\r\n\r\n\0\r\nQU", 50)
            << int(Verdict::Ok) << false;
        QTest::newRow("body at the limit")
            << "POST / HTTP/1.1\r\nContent-Length: 100\r\n\r\n" + QByteArray(100, 'x') + get
            << int(Verdict::Ok) << false;
        QTest::newRow("body in progress")
            << "POST / HTTP/1.1\r\nContent-Length: 100\r\n\r\n" + QByteArray(99, 'x') << int(Verdict::Ok)
            << true;
        QTest::newRow("headers in progress")
            << QByteArray("GET / HTTP/1.1\r\nHost:") << int(Verdict::Ok) << true;
        QTest::newRow("body over the limit") << QByteArray("POST / HTTP/1.1\r\ncontent-LENGTH:  101\r\n\r\n")
                                             << int(Verdict::BodyTooLarge) << false;
        QTest::newRow("second request over the limit")
            << get + "POST / HTTP/1.1\r\nContent-Length: 104857600\r\n\r\n"
            << int(Verdict::BodyTooLarge) << false;
        QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << int(Verdict::LengthRequired) << false;
        QTest::newRow("chunked and length")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n")
            << int(Verdict::Malformed) << false;
        QTest::newRow("two lengths")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n")
            << int(Verdict::Malformed) << false;
        QTest::newRow("signed length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -5\r\n\r\n")
                                       << int(Verdict::Malformed) << false;
        QTest::newRow("huge length") << QByteArray(
                                            "POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n")
                                     << int(Verdict::Malformed) << false;
        // Found by fuzz_http: a header block of exactly the limit whose end (LF CR LF) arrives in pieces.
        QTest::newRow("headers at the limit") << "GET / HTTP/1.1\n" + QByteArray(185, 'h') + "\n\r\n"
                                              << int(Verdict::Ok) << false;
        QTest::newRow("endless headers")
            << "GET / HTTP/1.1\r\n" + QByteArray(300, 'h') << int(Verdict::HeadersTooLarge) << false;
    }

    void verdicts()
    {
        QFETCH(QByteArray, stream);
        QFETCH(int, verdict);
        QFETCH(bool, inRequest);
        for (const qsizetype piece :
             {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7), stream.size()}) {
            RequestFramer framer(100, 200);
            QCOMPARE(int(feedInPieces(framer, stream, piece)), verdict);
            if (verdict == int(Verdict::Ok))
                QCOMPARE(framer.inRequest(), inRequest);
        }
    }

    void aRefusalStays()
    {
        RequestFramer framer(10, 200);
        QCOMPARE(framer.feed("POST / HTTP/1.1\r\nContent-Length: 11\r\n\r\n"), Verdict::BodyTooLarge);
        QCOMPARE(framer.feed("GET / HTTP/1.1\r\n\r\n"), Verdict::BodyTooLarge);
    }
};

QTEST_APPLESS_MAIN(TestRequestFramer)
#include "tst_request_framer.moc"
