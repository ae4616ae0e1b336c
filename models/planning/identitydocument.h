// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

// IdDocumentType, its storage keys (EnumKeys<IdDocumentType>, so toKey/fromKey work) and
// its displayName live with the other enums in domain/enums.h: the trainee record and
// the schema need them without this file's rules.
#include "domain/enums.h"

#include <QChar>
#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace Planner {

// The numbers of the identity documents trainees give, as the state defines them. Pure:
// Qt Core only, no SQL, no files.
//
// ResidentId          居民身份证, GB 11643-1999: a 6-digit region code (the first two
//                     digits a mainland province), the birth date YYYYMMDD, a 3-digit
//                     sequence and the ISO 7064 MOD 11-2 check character (a digit or X);
//                     or a first-generation card's 15 digits (region, YYMMDD of 19YY,
//                     sequence; no check character).
// ResidencePermit     港澳台居民居住证 (since 2018): like an 18-character resident ID, but
//                     the region code is 810000 (Hong Kong), 820000 (Macao) or 830000
//                     (Taiwan).
// HkMacaoPermit       港澳居民来往内地通行证: H or M, then 8 digits (10 on older cards).
// TaiwanPermit        台湾居民来往大陆通行证: 8 digits; older cards 10, sometimes followed
//                     by a letter in parentheses, 1234567890(B).
// Passport            5 to 20 letters and digits, at least one digit.
// ForeignPermanentId  外国人永久居留身份证: the 2017 card's 3 letters (nationality) and 12
//                     digits, or the 2023 card's 18 characters: 9, 16 digits and a
//                     MOD 11-2 check character.
namespace IdentityDocument {

// The number as it is stored and compared: without surrounding or inner white space
// (also the ideographic space), full-width digits, letters and parentheses as ASCII,
// letters upper-case (a check character x is X), parentheses dropped (1234567890(B) is
// 1234567890B). Every type is normalized alike, so a number finds the same person
// whatever type the row that names it claims.
QString normalized(IdDocumentType type, const QString &number);

// Ok when number (normalized first) is a valid number of the type, else a Problem of the
// field "id_number" whose message is one short, translated clause that says what is wrong
// and, where one can tell, what is right: "the check character should be 7, not 3". It
// has no full stop and starts in lower case unless it starts with X or a code, so callers
// can put it after their own words. A birth date may not be after today (today invalid:
// not checked) nor before 1900-01-01.
Result<> check(IdDocumentType type, const QString &number, const QDate &today);

// Whether number (normalized first) is shaped like a first-generation 15-digit resident
// ID: 15 digits, a mainland province's region code and a real 19YY birth date.
bool isFirstGeneration(const QString &number);

// The 18-character form of a first-generation number: "19" before the two-digit year and
// the check character after: 110105491231002 is 11010519491231002X. A number that is not
// isFirstGeneration is returned normalized but otherwise unchanged.
QString upgradeTo18(const QString &number15);

// The ISO 7064 MOD 11-2 check character ('0'..'9' or 'X') of the first 17 characters of
// an 18-character resident ID, residence permit or 2023 permanent resident ID; a null
// QChar unless first17 is 17 ASCII digits.
QChar checkCharacter(QStringView first17);

// The type a bare number (normalized first) most likely is, for files that give no
// document type: 81/82/83 and 16 digits and a check character, a residence permit;
// 9 and 17 more, or 3 letters and 12 digits, a permanent resident ID; any other
// 18-character or 15-digit resident ID shape, a resident ID, and so are 14 to 19 digits
// and Xs (a mistyped resident ID, which check() then explains, rather than a passport
// that would pass); H or M and 8 or 10 digits, a Hong Kong/Macao permit; 8 digits (or 10
// and a letter), a Taiwan permit; anything else a passport.
IdDocumentType guessType(const QString &number);

// The number as screens, rosters and exports show it unless someone reveals it (the
// Personal Information Protection Law counts identity numbers as sensitive): 15 or more
// characters keep their first six (the region) and last four, 110108********1234; 8 to 14
// keep their last four, *****5678; shorter ones are all asterisks. Empty stays empty.
QString masked(const QString &number);
// Whether number holds the asterisks masked() puts in (a file exported without the
// numbers, imported back).
bool isMasked(const QString &number);

// A document type as a file names it: the storage keys, English names ("resident id",
// "passport", the display names) and the Chinese ones (身份证, 居住证, 回乡证, 台胞证,
// 护照, 永居证 and their full names). Case, spaces, '_' and '-' do not matter.
std::optional<IdDocumentType> parseType(const QString &text);

} // namespace IdentityDocument

} // namespace Planner
