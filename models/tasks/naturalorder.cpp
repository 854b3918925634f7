// SPDX-License-Identifier: MIT
#include "naturalorder.h"

namespace Candor {

int NaturalOrder::compare(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ie = i;
            qsizetype je = j;
            while (ie < a.size() && a[ie] == u'0')
                ++ie;
            while (je < b.size() && b[je] == u'0')
                ++je;
            qsizetype is = ie;
            qsizetype js = je;
            while (ie < a.size() && a[ie].isDigit())
                ++ie;
            while (je < b.size() && b[je].isDigit())
                ++je;
            if (ie - is != je - js)
                return ie - is < je - js ? -1 : 1;
            if (const int c = a.mid(is, ie - is).compare(b.mid(js, je - js)); c != 0)
                return c < 0 ? -1 : 1;
            i = ie;
            j = je;
            continue;
        }
        const QChar ca = a[i].toCaseFolded();
        const QChar cb = b[j].toCaseFolded();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    if (a.size() - i == b.size() - j)
        return 0;
    return a.size() - i < b.size() - j ? -1 : 1;
}

} // namespace Candor
