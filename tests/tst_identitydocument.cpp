// SPDX-License-Identifier: GPL-3.0-or-later
// Identity document numbers as the state defines them. The expected check characters come
// from checkOf below, which computes MOD 11-2 another way than the code under test (the
// weights as powers of two, the character from 1 - sum), so a slip in the table of
// either shows. The day is fixed: 2026-12-04.
#include "planning/identitydocument.h"
#include "testsupport.h"

#include <QTest>

using namespace Planner;

class TestIdentityDocument : public QObject
{
    Q_OBJECT

private slots:
    void keys();
    void checkCharacter_data();
    void checkCharacter();
    void normalized_data();
    void normalized();
    void check_data();
    void check();
    void firstGeneration_data();
    void firstGeneration();
    void upgrade_data();
    void upgrade();
    void upgradeLeavesOtherNumbers();
    void guessType_data();
    void guessType();
    void parseType_data();
    void parseType();
    void masked_data();
    void masked();
};

namespace {

const QDate today(2026, 12, 4);

// ISO 7064 MOD 11-2 written from its definition: digit i (from the left, 0-based) weighs
// 2^(17 - i) mod 11, and the check value c (X for 10) makes sum + c == 1 (mod 11).
QChar checkOf(const QString &first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        int weight = 1;
        for (int k = 0; k < 17 - i; ++k)
            weight = weight * 2 % 11;
        sum += first17[i].digitValue() * weight;
    }
    const int c = ((1 - sum) % 11 + 11) % 11;
    return c == 10 ? QChar(u'X') : QChar(char16_t(u'0' + c));
}

QString withCheck(const QString &first17)
{
    return first17 + checkOf(first17);
}

QString withCheck(const char *first17)
{
    return withCheck(QString::fromLatin1(first17));
}

// first17 with a check character that is wrong: the next one round "0123456789X".
QString withWrongCheck(const QString &first17)
{
    static const QString all = QStringLiteral("0123456789X");
    return first17 + all[(all.indexOf(checkOf(first17)) + 1) % all.size()];
}

} // namespace

void TestIdentityDocument::keys()
{
    const char *const expected[] = {"resident_id",   "residence_permit", "hk_macao_permit",
                                    "taiwan_permit", "passport",         "foreign_permanent_id"};
    QCOMPARE(EnumKeys<IdDocumentType>::keys.size(), std::size(expected));
    for (std::size_t i = 0; i < std::size(expected); ++i) {
        const auto type = IdDocumentType(i);
        const QString key = QString::fromLatin1(expected[i]);
        QCOMPARE(toKey(type), key);
        QCOMPARE(fromKey<IdDocumentType>(key), type);
        QVERIFY(!displayName(type).isEmpty());
    }
    QCOMPARE(fromKey<IdDocumentType>(u"id_card"), std::nullopt);
}

void TestIdentityDocument::checkCharacter_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("expected");

    // Worked by hand: 1*7 + 1*9 + 0*10 + 1*5 + 0*8 + 5*4 + 1*2 + 9*1 + 4*6 + 9*3 + 1*7 + 2*9
    // + 3*10 + 1*5 + 0*8 + 0*4 + 2*2 = 167 == 2 (mod 11), index 2 of "10X98765432"; and
    // 167 + 10 = 177 == 1 (mod 11), so the check value is 10: X.
    QTest::newRow("X by hand") << "11010519491231002" << QChar(u'X');
    for (const char *first17 :
         {"11010519900307123", "44030619850512003", "81000019940823002", "91184019800101001",
          "00000000000000000", "99999999999999999", "32010219700101051", "53010219881111222"})
        QTest::newRow(first17) << QString::fromLatin1(first17)
                               << checkOf(QString::fromLatin1(first17));
    QTest::newRow("too short") << "1101051949123100" << QChar();
    QTest::newRow("too long") << "110105194912310021" << QChar();
    QTest::newRow("a letter") << "1101051949123100A" << QChar();
    QTest::newRow("full-width digit") << "1101051949123100２" << QChar();
}

void TestIdentityDocument::checkCharacter()
{
    QFETCH(QString, first17);
    QFETCH(QChar, expected);
    QCOMPARE(IdentityDocument::checkCharacter(first17), expected);
}

void TestIdentityDocument::normalized_data()
{
    QTest::addColumn<IdDocumentType>("type");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("expected");

    const auto r = IdDocumentType::ResidentId;
    QTest::newRow("as is") << r << "11010519491231002X"
                           << "11010519491231002X";
    QTest::newRow("lower-case x") << r << "11010519491231002x"
                                  << "11010519491231002X";
    QTest::newRow("spaces") << r << "  110105 19491231 002X\t"
                            << "11010519491231002X";
    QTest::newRow("ideographic space")
        << r << QStringLiteral("110105\u300019491231002X") << "11010519491231002X";
    QTest::newRow("full-width digits and x") << r << "１１０１０５１９４９１２３１００２ｘ"
                                             << "11010519491231002X";
    QTest::newRow("full-width X") << r << "１１０１０５１９４９１２３１００２Ｘ"
                                  << "11010519491231002X";
    QTest::newRow("zero-width space")
        << r << QStringLiteral("1101051949\u200B1231002X") << "11010519491231002X";
    QTest::newRow("hk lower case") << IdDocumentType::HkMacaoPermit << "h12345678"
                                   << "H12345678";
    QTest::newRow("hk full width") << IdDocumentType::HkMacaoPermit << "Ｍ１２３４５６７８"
                                   << "M12345678";
    QTest::newRow("taiwan parentheses") << IdDocumentType::TaiwanPermit << "1234567890(B)"
                                        << "1234567890B";
    QTest::newRow("taiwan full-width parentheses")
        << IdDocumentType::TaiwanPermit << "1234567890（ｂ）"
        << "1234567890B";
    // Enrollment files name people without a type: the number must come out alike.
    QTest::newRow("taiwan read as a resident id") << r << "1234567890(B)"
                                                  << "1234567890B";
    QTest::newRow("passport") << IdDocumentType::Passport << " e 1234 5678 "
                              << "E12345678";
    QTest::newRow("empty") << r << "   "
                           << "";
}

void TestIdentityDocument::normalized()
{
    QFETCH(IdDocumentType, type);
    QFETCH(QString, number);
    QFETCH(QString, expected);
    QCOMPARE(IdentityDocument::normalized(type, number), expected);
}

void TestIdentityDocument::check_data()
{
    QTest::addColumn<IdDocumentType>("type");
    QTest::addColumn<QString>("number");
    // Empty: valid. Else words the message must contain.
    QTest::addColumn<QString>("expected");

    const auto resident = IdDocumentType::ResidentId;
    const auto permit = IdDocumentType::ResidencePermit;
    const auto hk = IdDocumentType::HkMacaoPermit;
    const auto tw = IdDocumentType::TaiwanPermit;
    const auto passport = IdDocumentType::Passport;
    const auto foreign = IdDocumentType::ForeignPermanentId;

    // Resident IDs, 18 characters.
    QTest::newRow("resident: valid, X") << resident << "11010519491231002X"
                                        << "";
    QTest::newRow("resident: valid, digit") << resident << withCheck("11010519900307123") << "";
    QTest::newRow("resident: valid, Shenzhen") << resident << withCheck("44030619850512003") << "";
    QTest::newRow("resident: valid, Xinjiang 65")
        << resident << withCheck("65010219800101001") << "";
    QTest::newRow("resident: lower-case x") << resident << "11010519491231002x"
                                            << "";
    QTest::newRow("resident: full width") << resident << "１１０１０５１９４９１２３１００２ｘ"
                                          << "";
    QTest::newRow("resident: spaces") << resident << " 110105 19491231 002X "
                                      << "";
    QTest::newRow("resident: born today") << resident << withCheck("11010520261204001") << "";
    QTest::newRow("resident: born 1900-01-01") << resident << withCheck("11010519000101001") << "";
    QTest::newRow("resident: leap day") << resident << withCheck("11010520000229001") << "";
    {
        const QString first17 = QStringLiteral("11010519900307123");
        const QString wrong = withWrongCheck(first17);
        QTest::newRow("resident: wrong check digit")
            << resident << wrong
            << QStringLiteral("the check character should be %1, not %2")
                   .arg(checkOf(first17))
                   .arg(wrong.back());
    }
    QTest::newRow("resident: 0 where X belongs") << resident << "110105194912310020"
                                                 << "the check character should be X, not 0";
    QTest::newRow("resident: Feb 30")
        << resident << withCheck("11010519900230001") << "the birth date 1990-02-30 is not a date";
    QTest::newRow("resident: Feb 30 in the future")
        << resident << withCheck("11010520310230001") << "the birth date 2031-02-30 is not a date";
    QTest::newRow("resident: Feb 29 of a common year")
        << resident << withCheck("11010519900229001") << "the birth date 1990-02-29 is not a date";
    QTest::newRow("resident: month 13")
        << resident << withCheck("11010519901301001") << "the birth date 1990-13-01 is not a date";
    QTest::newRow("resident: future") << resident << withCheck("11010520310203001")
                                      << "the birth date 2031-02-03 is in the future";
    QTest::newRow("resident: tomorrow") << resident << withCheck("11010520261205001")
                                        << "the birth date 2026-12-05 is in the future";
    QTest::newRow("resident: before 1900")
        << resident << withCheck("11010518991231001") << "the birth date 1899-12-31 is before 1900";
    QTest::newRow("resident: X in the middle") << resident << "1101051949X231002X"
                                               << "X may only be the last character";
    QTest::newRow("resident: x in the middle") << resident << "11010519491231x020"
                                               << "X may only be the last character";
    QTest::newRow("resident: a letter") << resident << "110105199003O71239"
                                        << "“O” is not a digit";
    QTest::newRow("resident: last a letter")
        << resident << "11010519900307123A"
        << "the last character should be a digit or X, not “A”";
    QTest::newRow("resident: region 00") << resident << withCheck("00010519900307123")
                                         << "the region code 00 is not a mainland province";
    QTest::newRow("resident: region 16") << resident << withCheck("16010519900307123")
                                         << "the region code 16 is not a mainland province";
    QTest::newRow("resident: region 71 Taiwan") << resident << withCheck("71010519900307123")
                                                << "the region code 71 is not a mainland province";
    QTest::newRow("resident: a residence permit")
        << resident << withCheck("81000019940823002")
        << "810000 is the region code of a residence permit, not of a resident ID";
    QTest::newRow("resident: 16 characters") << resident << "1101051949123100"
                                             << "this one has 16";
    QTest::newRow("resident: 17 characters") << resident << "11010519491231002"
                                             << "this one has 17";
    QTest::newRow("resident: 19 characters") << resident << "11010519491231002X1"
                                             << "this one has 19";
    QTest::newRow("resident: empty") << resident << "  "
                                     << "there is no number";

    // Resident IDs, first generation.
    QTest::newRow("15: valid") << resident << "110105491231002"
                               << "";
    QTest::newRow("15: valid, full width") << resident << "１１０１０５４９１２３１００２"
                                           << "";
    QTest::newRow("15: valid, 1900-01-01") << resident << "440306000101003"
                                           << "";
    QTest::newRow("15: Feb 30") << resident << "110105490230002"
                                << "the birth date 1949-02-30 is not a date";
    QTest::newRow("15: Feb 29 of 1900") << resident << "110105000229002"
                                        << "the birth date 1900-02-29 is not a date";
    QTest::newRow("15: region 99") << resident << "990105491231002"
                                   << "the region code 99 is not a mainland province";
    QTest::newRow("15: X") << resident << "11010549123100X"
                           << "X may only be the last character of an 18-character number";
    QTest::newRow("15: a letter") << resident << "1101054912A1002"
                                  << "“A” is not a digit";

    // Residence permits.
    QTest::newRow("permit: Hong Kong") << permit << withCheck("81000019940823002") << "";
    QTest::newRow("permit: Macao") << permit << withCheck("82000019880101003") << "";
    QTest::newRow("permit: Taiwan") << permit << withCheck("83000019751130004") << "";
    QTest::newRow("permit: lower-case x")
        << permit << withCheck("81000019940823002").toLower() << "";
    QTest::newRow("permit: a resident id") << permit << withCheck("11010519900307123")
                                           << "starts with 810000, 820000 or 830000, not 110105";
    QTest::newRow("permit: 810100") << permit << withCheck("81010019940823002")
                                    << "starts with 810000, 820000 or 830000, not 810100";
    {
        const QString first17 = QStringLiteral("82000019880101003");
        const QString wrong = withWrongCheck(first17);
        QTest::newRow("permit: wrong check")
            << permit << wrong
            << QStringLiteral("the check character should be %1, not %2")
                   .arg(checkOf(first17))
                   .arg(wrong.back());
    }
    QTest::newRow("permit: future")
        << permit << withCheck("81000020270101002") << "the birth date 2027-01-01 is in the future";
    QTest::newRow("permit: Feb 30")
        << permit << withCheck("81000019940230002") << "the birth date 1994-02-30 is not a date";
    QTest::newRow("permit: X in the middle") << permit << "810000X99408230021"
                                             << "X may only be the last character";
    QTest::newRow("permit: no 15-digit form") << permit << "810000940823002"
                                              << "this one has 15";

    // Hong Kong and Macao travel permits.
    QTest::newRow("hk: H and 8") << hk << "H12345678"
                                 << "";
    QTest::newRow("hk: M and 8") << hk << "M87654321"
                                 << "";
    QTest::newRow("hk: H and 10") << hk << "H1234567890"
                                  << "";
    QTest::newRow("hk: lower case") << hk << "m12345678"
                                    << "";
    QTest::newRow("hk: full width") << hk << "Ｈ１２３４５６７８"
                                    << "";
    QTest::newRow("hk: other letter") << hk << "K12345678"
                                      << "starts with H (Hong Kong) or M (Macao), not “K”";
    QTest::newRow("hk: no letter") << hk << "12345678"
                                   << "starts with H (Hong Kong) or M (Macao), not “1”";
    QTest::newRow("hk: 7 digits") << hk << "H1234567"
                                  << "H is followed by 8 digits (10 on older cards), not 7";
    QTest::newRow("hk: 9 digits") << hk << "M123456789"
                                  << "M is followed by 8 digits (10 on older cards), not 9";
    QTest::newRow("hk: a letter") << hk << "H1234567X"
                                  << "“X” is not a digit";

    // Taiwan travel permits.
    QTest::newRow("tw: 8") << tw << "12345678"
                           << "";
    QTest::newRow("tw: 10") << tw << "1234567890"
                            << "";
    QTest::newRow("tw: 10 and (B)") << tw << "1234567890(B)"
                                    << "";
    QTest::newRow("tw: 10 and B") << tw << "1234567890B"
                                  << "";
    QTest::newRow("tw: 10 and (b), full width") << tw << "１２３４５６７８９０（ｂ）"
                                                << "";
    QTest::newRow("tw: 7") << tw << "1234567"
                           << "this one has 7";
    QTest::newRow("tw: 9") << tw << "123456789"
                           << "this one has 9";
    QTest::newRow("tw: 8 and a letter")
        << tw << "12345678B"
        << "only an older card's 10 digits are followed by a letter";
    QTest::newRow("tw: a letter inside") << tw << "1234X678"
                                         << "“X” is not a digit";

    // Passports.
    QTest::newRow("passport: Chinese") << passport << "E12345678"
                                       << "";
    QTest::newRow("passport: digits only") << passport << "12345"
                                           << "";
    QTest::newRow("passport: 20") << passport << "AB123456789012345678"
                                  << "";
    QTest::newRow("passport: lower case") << passport << "g1234567"
                                          << "";
    QTest::newRow("passport: 4") << passport << "E123"
                                 << "this one has 4";
    QTest::newRow("passport: 21") << passport << "AB1234567890123456789"
                                  << "this one has 21";
    QTest::newRow("passport: no digit") << passport << "ABCDEFG"
                                        << "a passport number has at least one digit";
    QTest::newRow("passport: accented letter") << passport << "É1234567"
                                               << "not “É”";
    QTest::newRow("passport: hyphen") << passport << "E1234-5678"
                                      << "letters A to Z and digits only, not “-”";

    // Foreign permanent resident IDs.
    QTest::newRow("foreign: 2017 card") << foreign << "USA123456789012"
                                        << "";
    QTest::newRow("foreign: 2017 card, lower case") << foreign << "can110086070101"
                                                    << "";
    QTest::newRow("foreign: 2023 card") << foreign << withCheck("91184019800101001") << "";
    QTest::newRow("foreign: 2023 card, another") << foreign << withCheck("91104019801212003") << "";
    QTest::newRow("foreign: 2 letters")
        << foreign << "US1234567890123"
        << "the first 3 characters should be letters (the nationality), not US1";
    QTest::newRow("foreign: letter among the digits") << foreign << "USA12345678901X"
                                                      << "“X” is not a digit";
    {
        const QString first17 = QStringLiteral("91184019800101001");
        const QString wrong = withWrongCheck(first17);
        QTest::newRow("foreign: wrong check")
            << foreign << wrong
            << QStringLiteral("the check character should be %1, not %2")
                   .arg(checkOf(first17))
                   .arg(wrong.back());
    }
    QTest::newRow("foreign: 18, not 9")
        << foreign << withCheck("11010519900307123") << "starts with 9, not “1”";
    QTest::newRow("foreign: X in the middle") << foreign << "9118401980X1010013"
                                              << "X may only be the last character";
    QTest::newRow("foreign: 16") << foreign << "USA1234567890123"
                                 << "this one has 16";
}

void TestIdentityDocument::check()
{
    QFETCH(IdDocumentType, type);
    QFETCH(QString, number);
    QFETCH(QString, expected);

    const Result<> valid = IdentityDocument::check(type, number, today);
    if (expected.isEmpty()) {
        QVERIFY2(valid, qPrintable(valid.message()));
        return;
    }
    QVERIFY(!valid);
    QCOMPARE(valid.problem().field, QStringLiteral("id_number"));
    const QString wrong = valid.message();
    QVERIFY2(wrong.contains(expected), qPrintable(wrong));
    // Callers put the clause after their own words and end the sentence themselves.
    QVERIFY2(!wrong.endsWith(u'.'), qPrintable(wrong));
}

void TestIdentityDocument::firstGeneration_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("expected");

    QTest::newRow("15 digits") << "110105491231002" << true;
    QTest::newRow("full width") << "１１０１０５４９１２３１００２" << true;
    QTest::newRow("spaces") << " 110105 491231 002 " << true;
    QTest::newRow("18 characters") << "11010519491231002X" << false;
    QTest::newRow("region 00") << "000105491231002" << false;
    QTest::newRow("Feb 30") << "110105490230002" << false;
    QTest::newRow("a letter") << "11010549123100X" << false;
    QTest::newRow("2017 permanent resident ID") << "USA123456789012" << false;
    QTest::newRow("8 digits") << "12345678" << false;
    QTest::newRow("empty") << "" << false;
}

void TestIdentityDocument::firstGeneration()
{
    QFETCH(QString, number);
    QFETCH(bool, expected);
    QCOMPARE(IdentityDocument::isFirstGeneration(number), expected);
}

void TestIdentityDocument::upgrade_data()
{
    QTest::addColumn<QString>("number15");
    QTest::addColumn<QString>("expected");

    QTest::newRow("X, by hand") << "110105491231002"
                                << "11010519491231002X";
    for (const char *number : {"440306850512003", "320102700101051", "530102881111222",
                               "650102000101001", "110105991231999"}) {
        const QString n = QString::fromLatin1(number);
        QTest::newRow(number) << n << withCheck(n.left(6) + QStringLiteral("19") + n.mid(6));
    }
    QTest::newRow("full width") << "４４０３０６８５０５１２００３"
                                << "440306198505120036";
}

void TestIdentityDocument::upgrade()
{
    QFETCH(QString, number15);
    QFETCH(QString, expected);

    VERIFY_OK(IdentityDocument::check(IdDocumentType::ResidentId, number15, today));
    QVERIFY(IdentityDocument::isFirstGeneration(number15));
    const QString upgraded = IdentityDocument::upgradeTo18(number15);
    QCOMPARE(upgraded, expected);
    QCOMPARE(upgraded.size(), 18);
    QCOMPARE(upgraded.back(), checkOf(upgraded.left(17)));
    VERIFY_OK(IdentityDocument::check(IdDocumentType::ResidentId, upgraded, today));
    QVERIFY(!IdentityDocument::isFirstGeneration(upgraded));
    QCOMPARE(IdentityDocument::guessType(upgraded), IdDocumentType::ResidentId);
    // The same person: dropping "19" and the check character gives the old number back.
    QCOMPARE(upgraded.left(6) + upgraded.mid(8, 9),
             IdentityDocument::normalized(IdDocumentType::ResidentId, number15));
}

void TestIdentityDocument::upgradeLeavesOtherNumbers()
{
    const auto upgraded = [](const char *number) {
        return IdentityDocument::upgradeTo18(QString::fromLatin1(number));
    };
    QCOMPARE(upgraded("11010519491231002X"), QStringLiteral("11010519491231002X"));
    QCOMPARE(upgraded("11010519491231002x"), QStringLiteral("11010519491231002X"));
    QCOMPARE(upgraded("110105490230002"), QStringLiteral("110105490230002"));
    QCOMPARE(upgraded("USA123456789012"), QStringLiteral("USA123456789012"));
    QCOMPARE(upgraded(""), QString());
}

void TestIdentityDocument::guessType_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<IdDocumentType>("expected");

    QTest::newRow("resident 18") << "11010519491231002X" << IdDocumentType::ResidentId;
    QTest::newRow("resident 18, lower x") << "11010519491231002x" << IdDocumentType::ResidentId;
    QTest::newRow("resident 15") << "110105491231002" << IdDocumentType::ResidentId;
    // The shape decides, not the validity: the check then says what is wrong.
    QTest::newRow("resident 18, wrong check") << "110105194912310021" << IdDocumentType::ResidentId;
    QTest::newRow("permit 81") << withCheck("81000019940823002") << IdDocumentType::ResidencePermit;
    QTest::newRow("permit 82") << withCheck("82000019880101003") << IdDocumentType::ResidencePermit;
    QTest::newRow("permit 83") << withCheck("83000019751130004") << IdDocumentType::ResidencePermit;
    QTest::newRow("hk H8") << "H12345678" << IdDocumentType::HkMacaoPermit;
    QTest::newRow("hk M10") << "M1234567890" << IdDocumentType::HkMacaoPermit;
    QTest::newRow("hk lower case") << "h12345678" << IdDocumentType::HkMacaoPermit;
    QTest::newRow("taiwan 8") << "12345678" << IdDocumentType::TaiwanPermit;
    QTest::newRow("taiwan 10(B)") << "1234567890(B)" << IdDocumentType::TaiwanPermit;
    QTest::newRow("foreign 2017") << "USA123456789012" << IdDocumentType::ForeignPermanentId;
    QTest::newRow("foreign 2023") << withCheck("91184019800101001")
                                  << IdDocumentType::ForeignPermanentId;
    QTest::newRow("passport E") << "E12345678" << IdDocumentType::Passport;
    QTest::newRow("passport 9 digits") << "123456789" << IdDocumentType::Passport;
    QTest::newRow("passport H and 9") << "H123456789" << IdDocumentType::Passport;
    QTest::newRow("passport 10 digits") << "1234567890" << IdDocumentType::Passport;
    QTest::newRow("passport 20") << "AB123456789012345678" << IdDocumentType::Passport;
    // Near a resident ID's shape: a mistyped one, which its rules then explain; as a
    // passport it would pass.
    QTest::newRow("17 digits") << "11010519491231002" << IdDocumentType::ResidentId;
    QTest::newRow("16 digits") << "1101051949123100" << IdDocumentType::ResidentId;
    QTest::newRow("19 digits") << "1101051949123100211" << IdDocumentType::ResidentId;
    QTest::newRow("X in the middle") << "1101051949X231002X" << IdDocumentType::ResidentId;
    QTest::newRow("15 digits, bad date") << "110105490230002" << IdDocumentType::ResidentId;
}

void TestIdentityDocument::guessType()
{
    QFETCH(QString, number);
    QFETCH(IdDocumentType, expected);
    QCOMPARE(IdentityDocument::guessType(number), expected);
}

void TestIdentityDocument::parseType_data()
{
    QTest::addColumn<QString>("text");
    // -1: not a document type.
    QTest::addColumn<int>("expected");

    const auto row = [](const char *name, const char *text, IdDocumentType type) {
        QTest::newRow(name) << QString::fromUtf8(text) << int(type);
    };
    for (int i = 0; i < int(EnumKeys<IdDocumentType>::keys.size()); ++i) {
        const auto type = IdDocumentType(i);
        QTest::addRow("key %s", qPrintable(toKey(type))) << toKey(type) << i;
        QTest::addRow("key %s, upper case", qPrintable(toKey(type))) << toKey(type).toUpper() << i;
        QTest::addRow("display name %d", i) << displayName(type) << i;
    }
    row("Resident ID", "Resident ID", IdDocumentType::ResidentId);
    row("resident-id", "resident-id", IdDocumentType::ResidentId);
    row("resident id card", " resident id card ", IdDocumentType::ResidentId);
    row("ID card", "ID card", IdDocumentType::ResidentId);
    row("Residence permit", "Residence permit", IdDocumentType::ResidencePermit);
    row("Home return permit", "Home Return Permit", IdDocumentType::HkMacaoPermit);
    row("Taiwan permit", "Taiwan permit", IdDocumentType::TaiwanPermit);
    row("passport", "passport", IdDocumentType::Passport);
    row("PASSPORT", "PASSPORT ", IdDocumentType::Passport);
    row("foreign permanent resident id", "Foreign permanent resident ID",
        IdDocumentType::ForeignPermanentId);
    row("居民身份证", "居民身份证", IdDocumentType::ResidentId);
    row("身份证", "身份证", IdDocumentType::ResidentId);
    row("身份证 with spaces", " 身份证 ", IdDocumentType::ResidentId);
    row("港澳台居民居住证", "港澳台居民居住证", IdDocumentType::ResidencePermit);
    row("居住证", "居住证", IdDocumentType::ResidencePermit);
    row("港澳居民来往内地通行证", "港澳居民来往内地通行证", IdDocumentType::HkMacaoPermit);
    row("回乡证", "回乡证", IdDocumentType::HkMacaoPermit);
    row("港澳通行证", "港澳通行证", IdDocumentType::HkMacaoPermit);
    row("台湾居民来往大陆通行证", "台湾居民来往大陆通行证", IdDocumentType::TaiwanPermit);
    row("台胞证", "台胞证", IdDocumentType::TaiwanPermit);
    row("护照", "护照", IdDocumentType::Passport);
    row("外国人永久居留身份证", "外国人永久居留身份证", IdDocumentType::ForeignPermanentId);
    row("永居证", "永居证", IdDocumentType::ForeignPermanentId);
    QTest::newRow("empty") << "" << -1;
    QTest::newRow("blank") << "  " << -1;
    QTest::newRow("driving licence") << "driving licence" << -1;
    QTest::newRow("驾驶证") << "驾驶证" << -1;
    QTest::newRow("a number") << "11010519491231002X" << -1;
}

void TestIdentityDocument::parseType()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const auto type = IdentityDocument::parseType(text);
    if (expected < 0)
        QCOMPARE(type, std::nullopt);
    else
        QCOMPARE(type, IdDocumentType(expected));
}

void TestIdentityDocument::masked_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("masked");
    QTest::newRow("resident id") << QStringLiteral("11010819900307123X")
                                 << QStringLiteral("110108********123X");
    QTest::newRow("first generation")
        << QStringLiteral("110105491231002") << QStringLiteral("110105*****1002");
    QTest::newRow("hk/macao permit") << QStringLiteral("H12345678") << QStringLiteral("*****5678");
    QTest::newRow("taiwan permit") << QStringLiteral("12345678") << QStringLiteral("****5678");
    QTest::newRow("short") << QStringLiteral("A1234") << QStringLiteral("*****");
    QTest::newRow("empty") << QString() << QString();
}

void TestIdentityDocument::masked()
{
    QFETCH(QString, number);
    QFETCH(QString, masked);
    QCOMPARE(IdentityDocument::masked(number), masked);
    QCOMPARE(IdentityDocument::masked(number).size(), number.size());
    QCOMPARE(IdentityDocument::isMasked(masked), !number.isEmpty());
    QVERIFY(!IdentityDocument::isMasked(number));
}

QTEST_GUILESS_MAIN(TestIdentityDocument)
#include "tst_identitydocument.moc"
