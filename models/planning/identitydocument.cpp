// SPDX-License-Identifier: GPL-3.0-or-later
#include "identitydocument.h"

#include <QCoreApplication>

#include <array>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::IdentityDocument)
};

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isLetter(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

bool allDigits(QStringView s)
{
    for (const QChar c : s) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

int valueOf(QStringView digits)
{
    int value = 0;
    for (const QChar c : digits)
        value = value * 10 + (c.unicode() - u'0');
    return value;
}

// The province-level codes of GB/T 2260 on the mainland. 71 (Taiwan), 81 (Hong Kong) and
// 82 (Macao) are province-level codes too, but no resident ID is issued under them: their
// residents' numbers are residence permits, 810000/820000/830000.
bool isMainlandProvince(int code)
{
    return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37) ||
           (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65);
}

bool isResidencePermitRegion(QStringView region6)
{
    return region6 == u"810000" || region6 == u"820000" || region6 == u"830000";
}

// Where an X found among digits may stand, which decides what to tell about it.
enum class XRule { NotAllowed, LastOnly, LastOf18Only };

// The first character of s that is not a digit, as a complaint. X gets its own words on
// resident-ID-like numbers: it is the one letter those may have, and people type it
// where it does not belong.
std::optional<QString> nonDigit(QStringView s, XRule x)
{
    for (const QChar c : s) {
        if (isDigit(c))
            continue;
        if (c == u'X' && x == XRule::LastOnly)
            return Tr::tr("X may only be the last character");
        if (c == u'X' && x == XRule::LastOf18Only)
            return Tr::tr("X may only be the last character of an 18-character number");
        return Tr::tr("“%1” is not a digit").arg(c);
    }
    return std::nullopt;
}

// 17 digits and a digit or X: the shape of every number with a MOD 11-2 check character.
std::optional<QString> eighteenCharacters(QStringView n)
{
    if (auto wrong = nonDigit(n.left(17), XRule::LastOnly))
        return wrong;
    if (!isDigit(n[17]) && n[17] != u'X')
        return Tr::tr("the last character should be a digit or X, not “%1”").arg(n[17]);
    return std::nullopt;
}

std::optional<QString> checkProblem(QStringView n)
{
    const QChar expected = IdentityDocument::checkCharacter(n.left(17));
    if (n[17] != expected)
        return Tr::tr("the check character should be %1, not %2").arg(expected).arg(n[17]);
    return std::nullopt;
}

// The date is shown as the number has it (2031-02-30), not as QDate would read it.
std::optional<QString> birthDateProblem(QStringView yyyymmdd, const QDate &today)
{
    const QString shown =
        QStringLiteral("%1-%2-%3").arg(yyyymmdd.left(4), yyyymmdd.mid(4, 2), yyyymmdd.mid(6, 2));
    const QDate date(valueOf(yyyymmdd.left(4)), valueOf(yyyymmdd.mid(4, 2)),
                     valueOf(yyyymmdd.mid(6, 2)));
    if (!date.isValid())
        return Tr::tr("the birth date %1 is not a date").arg(shown);
    if (date < QDate(1900, 1, 1))
        return Tr::tr("the birth date %1 is before 1900").arg(shown);
    if (today.isValid() && date > today)
        return Tr::tr("the birth date %1 is in the future").arg(shown);
    return std::nullopt;
}

std::optional<QString> mainlandRegionProblem(QStringView n)
{
    if (isMainlandProvince(valueOf(n.left(2))))
        return std::nullopt;
    // Someone who chose the wrong document type should learn which one it is.
    if (n.size() == 18 && isResidencePermitRegion(n.left(6)))
        return Tr::tr("%1 is the region code of a residence permit, not of a resident ID")
            .arg(n.left(6));
    return Tr::tr("the region code %1 is not a mainland province").arg(n.left(2));
}

// A first-generation card: region, YYMMDD of 19YY, sequence, no check character.
std::optional<QString> firstGenerationProblem(QStringView n, const QDate &today)
{
    if (auto wrong = nonDigit(n, XRule::LastOf18Only))
        return wrong;
    if (auto wrong = mainlandRegionProblem(n))
        return wrong;
    return birthDateProblem(QStringLiteral("19").append(n.mid(6, 6)), today);
}

std::optional<QString> residentIdProblem(QStringView n, const QDate &today)
{
    if (n.size() == 15)
        return firstGenerationProblem(n, today);
    if (n.size() != 18)
        return Tr::tr("a resident ID has 18 characters (15 digits on a first-generation card); "
                      "this one has %1")
            .arg(n.size());
    if (auto wrong = eighteenCharacters(n))
        return wrong;
    if (auto wrong = mainlandRegionProblem(n))
        return wrong;
    if (auto wrong = birthDateProblem(n.mid(6, 8), today))
        return wrong;
    return checkProblem(n);
}

std::optional<QString> residencePermitProblem(QStringView n, const QDate &today)
{
    if (n.size() != 18)
        return Tr::tr("a residence permit number has 18 characters; this one has %1").arg(n.size());
    if (auto wrong = eighteenCharacters(n))
        return wrong;
    if (!isResidencePermitRegion(n.left(6)))
        return Tr::tr("a residence permit number starts with 810000, 820000 or 830000, not %1")
            .arg(n.left(6));
    if (auto wrong = birthDateProblem(n.mid(6, 8), today))
        return wrong;
    return checkProblem(n);
}

std::optional<QString> hkMacaoPermitProblem(QStringView n)
{
    if (n[0] != u'H' && n[0] != u'M')
        return Tr::tr("the number starts with H (Hong Kong) or M (Macao), not “%1”").arg(n[0]);
    const QStringView digits = n.mid(1);
    if (auto wrong = nonDigit(digits, XRule::NotAllowed))
        return wrong;
    if (digits.size() != 8 && digits.size() != 10)
        return Tr::tr("%1 is followed by 8 digits (10 on older cards), not %2")
            .arg(n[0])
            .arg(digits.size());
    return std::nullopt;
}

std::optional<QString> taiwanPermitProblem(QStringView n)
{
    // An older card's 10 digits may be followed by a letter, printed in parentheses.
    QStringView digits = n;
    if (isLetter(n.back())) {
        digits = n.chopped(1);
        if (digits.size() != 10 || !allDigits(digits))
            return Tr::tr("only an older card's 10 digits are followed by a letter");
    }
    if (auto wrong = nonDigit(digits, XRule::NotAllowed))
        return wrong;
    if (digits.size() != 8 && digits.size() != 10)
        return Tr::tr("a Taiwan travel permit has 8 digits (10 on older cards); this one has %1")
            .arg(digits.size());
    return std::nullopt;
}

std::optional<QString> passportProblem(QStringView n)
{
    for (const QChar c : n) {
        if (!isDigit(c) && !isLetter(c))
            return Tr::tr("a passport number has letters A to Z and digits only, not “%1”").arg(c);
    }
    if (n.size() < 5 || n.size() > 20)
        return Tr::tr("a passport number has 5 to 20 letters and digits; this one has %1")
            .arg(n.size());
    for (const QChar c : n) {
        if (isDigit(c))
            return std::nullopt;
    }
    return Tr::tr("a passport number has at least one digit");
}

std::optional<QString> foreignPermanentIdProblem(QStringView n)
{
    if (n.size() == 15) {
        // The 2017 card: the nationality's three letters, then digits.
        for (const QChar c : n.left(3)) {
            if (!isLetter(c))
                return Tr::tr("the first 3 characters should be letters (the nationality), not %1")
                    .arg(n.left(3));
        }
        return nonDigit(n.mid(3), XRule::NotAllowed);
    }
    if (n.size() == 18) {
        // The 2023 card, numbered like a resident ID.
        if (n[0] != u'9')
            return Tr::tr("an 18-character card number starts with 9, not “%1”").arg(n[0]);
        if (auto wrong = eighteenCharacters(n))
            return wrong;
        return checkProblem(n);
    }
    return Tr::tr("a foreign permanent resident ID has 15 characters (2017 card) or 18 "
                  "(2023 card); this one has %1")
        .arg(n.size());
}

bool isEighteenShape(QStringView n)
{
    return n.size() == 18 && allDigits(n.left(17)) && (isDigit(n[17]) || n[17] == u'X');
}

// Digits (and X) about as many as a resident ID has: most likely one mistyped. Guessing
// a passport, which takes any 5 to 20 digits, would let the slip through unchecked.
bool isNearResidentIdShape(QStringView n)
{
    if (n.size() < 14 || n.size() > 19)
        return false;
    for (const QChar c : n) {
        if (!isDigit(c) && c != u'X')
            return false;
    }
    return true;
}

// A type's name as a file may write it, reduced to what matters: lower case, no spaces,
// '_' or '-' (resident_id, Resident ID and resident-id are one name).
QString typeNameKey(const QString &text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace() || c == u'_' || c == u'-')
            continue;
        key.append(c.toLower());
    }
    return key;
}

} // namespace

namespace IdentityDocument {

// The type is not used: enrollment files name trainees by number without a type, so a
// number must come out the same whatever type it is read as.
QString normalized(IdDocumentType /*type*/, const QString &number)
{
    QString out;
    out.reserve(number.size());
    for (QChar c : number) {
        // Full-width forms (U+FF01..U+FF5E) are ASCII shifted by 0xFEE0: what Chinese
        // input methods type for digits, letters and parentheses.
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(char16_t(c.unicode() - 0xFEE0));
        // Zero-width spaces and byte-order marks come along when numbers are copied from
        // web pages and spreadsheets; isSpace() covers the ideographic space U+3000.
        if (c.isSpace() || c == QChar(0x200B) || c == QChar(0xFEFF))
            continue;
        if (c == u'(' || c == u')')
            continue;
        if (c >= u'a' && c <= u'z')
            c = QChar(char16_t(c.unicode() - (u'a' - u'A')));
        out.append(c);
    }
    return out;
}

namespace {

// What is wrong with the normalized number n of the type, or nothing.
std::optional<QString> whatIsWrong(IdDocumentType type, const QString &n, const QDate &today)
{
    if (n.isEmpty())
        return Tr::tr("there is no number");
    switch (type) {
    case IdDocumentType::ResidentId:
        return residentIdProblem(n, today);
    case IdDocumentType::ResidencePermit:
        return residencePermitProblem(n, today);
    case IdDocumentType::HkMacaoPermit:
        return hkMacaoPermitProblem(n);
    case IdDocumentType::TaiwanPermit:
        return taiwanPermitProblem(n);
    case IdDocumentType::Passport:
        return passportProblem(n);
    case IdDocumentType::ForeignPermanentId:
        return foreignPermanentIdProblem(n);
    }
    return std::nullopt;
}

} // namespace

Result<> check(IdDocumentType type, const QString &number, const QDate &today)
{
    if (const std::optional<QString> wrong = whatIsWrong(type, normalized(type, number), today))
        return Problem{QStringLiteral("id_number"), *wrong};
    return {};
}

QString masked(const QString &number)
{
    const qsizetype n = number.size();
    const qsizetype head = n >= 15 ? 6 : 0;
    const qsizetype tail = n >= 8 ? 4 : 0;
    return number.left(head) + QString(n - head - tail, QLatin1Char('*')) + number.right(tail);
}

bool isMasked(const QString &number)
{
    return number.contains(QLatin1Char('*'));
}

bool isFirstGeneration(const QString &number)
{
    const QString n = normalized(IdDocumentType::ResidentId, number);
    return n.size() == 15 && !firstGenerationProblem(n, QDate());
}

QString upgradeTo18(const QString &number15)
{
    const QString n = normalized(IdDocumentType::ResidentId, number15);
    if (!isFirstGeneration(n))
        return n;
    const QString first17 = n.left(6) + QStringLiteral("19") + n.mid(6);
    return first17 + checkCharacter(first17);
}

QChar checkCharacter(QStringView first17)
{
    if (first17.size() != 17 || !allDigits(first17))
        return {};
    // ISO 7064 MOD 11-2: weight 2^(17-i) mod 11 for the i-th digit (i from 0); the sum
    // mod 11 indexes the character that brings the whole to 1 mod 11.
    static constexpr std::array<int, 17> weights{7, 9, 10, 5,  8, 4, 2, 1, 6,
                                                 3, 7, 9,  10, 5, 8, 4, 2};
    static constexpr char16_t characters[] = u"10X98765432";
    int sum = 0;
    for (std::size_t i = 0; i < weights.size(); ++i)
        sum += (first17[qsizetype(i)].unicode() - u'0') * weights[i];
    return QChar(characters[sum % 11]);
}

IdDocumentType guessType(const QString &number)
{
    const QString n = normalized(IdDocumentType::ResidentId, number);
    if (isEighteenShape(n)) {
        if (n.startsWith(u"81") || n.startsWith(u"82") || n.startsWith(u"83"))
            return IdDocumentType::ResidencePermit;
        // No province code starts with 9: the 2023 permanent resident ID took it.
        if (n.startsWith(u'9'))
            return IdDocumentType::ForeignPermanentId;
        return IdDocumentType::ResidentId;
    }
    if (isNearResidentIdShape(n))
        return IdDocumentType::ResidentId; // the 15-digit first generation among them
    if (n.size() == 15 && isLetter(n[0]) && isLetter(n[1]) && isLetter(n[2]) &&
        allDigits(QStringView(n).mid(3)))
        return IdDocumentType::ForeignPermanentId;
    if ((n.size() == 9 || n.size() == 11) && (n[0] == u'H' || n[0] == u'M') &&
        allDigits(QStringView(n).mid(1)))
        return IdDocumentType::HkMacaoPermit;
    if (n.size() == 8 && allDigits(n))
        return IdDocumentType::TaiwanPermit;
    // 10 digits and a letter is an older Taiwan card; 10 digits alone could as well be a
    // passport, which accepts them too.
    if (n.size() == 11 && allDigits(QStringView(n).left(10)) && isLetter(n[10]))
        return IdDocumentType::TaiwanPermit;
    return IdDocumentType::Passport;
}

std::optional<IdDocumentType> parseType(const QString &text)
{
    const QString key = typeNameKey(text);
    if (key.isEmpty())
        return std::nullopt;

    struct Alias
    {
        const char16_t *name; // as typeNameKey leaves it
        IdDocumentType type;
    };
    // The storage keys come from EnumKeys below; these are the other names files use.
    static constexpr Alias aliases[] = {
        {u"residentidentitycard", IdDocumentType::ResidentId},
        {u"residentidcard", IdDocumentType::ResidentId},
        {u"residentid", IdDocumentType::ResidentId},
        {u"idcard", IdDocumentType::ResidentId},
        {u"identitycard", IdDocumentType::ResidentId},
        {u"居民身份证", IdDocumentType::ResidentId},
        {u"身份证", IdDocumentType::ResidentId},
        {u"二代身份证", IdDocumentType::ResidentId},
        {u"residencepermit", IdDocumentType::ResidencePermit},
        {u"港澳台居民居住证", IdDocumentType::ResidencePermit},
        {u"居住证", IdDocumentType::ResidencePermit},
        {u"hkmacaopermit", IdDocumentType::HkMacaoPermit},
        {u"hongkongmacaopermit", IdDocumentType::HkMacaoPermit},
        {u"homereturnpermit", IdDocumentType::HkMacaoPermit},
        {u"港澳居民来往内地通行证", IdDocumentType::HkMacaoPermit},
        {u"回乡证", IdDocumentType::HkMacaoPermit},
        {u"港澳通行证", IdDocumentType::HkMacaoPermit},
        {u"taiwanpermit", IdDocumentType::TaiwanPermit},
        {u"taiwancompatriotpermit", IdDocumentType::TaiwanPermit},
        {u"台湾居民来往大陆通行证", IdDocumentType::TaiwanPermit},
        {u"台胞证", IdDocumentType::TaiwanPermit},
        {u"passport", IdDocumentType::Passport},
        {u"护照", IdDocumentType::Passport},
        {u"foreignpermanentid", IdDocumentType::ForeignPermanentId},
        {u"foreignpermanentresidentid", IdDocumentType::ForeignPermanentId},
        {u"foreignpermanentresidentidcard", IdDocumentType::ForeignPermanentId},
        {u"permanentresidentid", IdDocumentType::ForeignPermanentId},
        {u"外国人永久居留身份证", IdDocumentType::ForeignPermanentId},
        {u"外国人永久居留证", IdDocumentType::ForeignPermanentId},
        {u"永居证", IdDocumentType::ForeignPermanentId},
    };
    for (const Alias &alias : aliases) {
        if (key == QStringView(alias.name))
            return alias.type;
    }
    // The keys, and the names the application shows in its current language, so that
    // what an export writes reads back.
    const auto &keys = EnumKeys<IdDocumentType>::keys;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const auto type = IdDocumentType(i);
        if (key == typeNameKey(toKey(type)) || key == typeNameKey(displayName(type)))
            return type;
    }
    return std::nullopt;
}

} // namespace IdentityDocument

} // namespace Planner
