// SPDX-License-Identifier: MIT
#include "statuswords.h"

namespace Candor {

StatusMeaning StatusWords::meaningOf(int kind)
{
    StatusMeaning m;
    switch (kind) {
    case Todo:
        m.status = Status::Todo;
        break;
    case Done:
        m.status = Status::Done;
        break;
    case Verified:
        m.status = Status::Done;
        m.verification = Verification::Verified;
        break;
    case Claimed:
        m.status = Status::Done;
        m.verification = Verification::Unverified;
        break;
    case Review:
        m.status = Status::Review;
        break;
    case InProgress:
        m.status = Status::InProgress;
        break;
    case Partial:
        m.status = Status::InProgress;
        m.progress = 50;
        break;
    case Blocked:
        m.status = Status::Blocked;
        break;
    case Cancelled:
        m.status = Status::Cancelled;
        break;
    default:
        m.status = Status::Done;
        m.verification = Verification::Failed;
        break;
    }
    return m;
}

const QList<StatusWords::List> &StatusWords::words()
{
    static const QList<List> lists = {
        {Cancelled,
         u"cancelled|canceled|won't do|won’t do|wont do|won't fix|won’t fix|wontfix|abandoned|"
         u"dropped|obsolete|superseded|cancelado|cancelada|descartado|descartada|annulé|annulée|"
         u"abandonné|abandonnée|abgebrochen|verworfen|storniert|iptal|iptal edildi|dibatalkan|"
         u"đã hủy|已取消|取消|已废弃|废弃|중단|취소|отменено|отменена"},
        {Claimed,
         u"claimed but not verified|claimed|unverified|not verified|non vérifié|no verificado|"
         u"nicht verifiziert|doğrulanmadı|belum diverifikasi|未验证|미검증|не проверено"},
        {Verified, u"verified|vérifié|vérifiée|verificado|verificada|verifiziert|doğrulandı|"
                   u"terverifikasi|đã xác minh|已验证|검증됨|검증 완료|проверено|подтверждено"},
        {Failed,
         u"broken|failing|failed|fails|fake|faked|not working|roto|rota|fallando|fallido|"
         u"falso|cassé|cassée|échoue|échec|kaputt|fehlgeschlagen|defekt|bozuk|başarısız|rusak|"
         u"gagal|hỏng|lỗi|失败|已损坏|损坏|실패|고장|сломано|не работает|провалено"},
        {Blocked, u"blocked|on hold|waiting|stuck|bloqueado|bloqueada|en espera|bloqué|bloquée|"
                  u"en attente|blockiert|wartet|engellendi|beklemede|terblokir|tertunda|bị chặn|"
                  u"阻塞|受阻|已阻塞|차단|보류|заблокировано|блокер|ожидает"},
        {Partial,
         u"partial|partially|partly|mostly|parcial|parcialmente|partiel|partielle|"
         u"partiellement|teilweise|kısmen|kısmi|sebagian|một phần|部分完成|部分|부분|частично"},
        {InProgress,
         u"in progress|in_progress|inprogress|wip|ongoing|started|active|doing|yellow|working on|"
         u"en progreso|"
         u"en curso|en proceso|en cours|in arbeit|in bearbeitung|läuft|devam ediyor|"
         u"sürüyor|sedang dikerjakan|sedang berjalan|dalam proses|dalam pengerjaan|"
         u"đang làm|đang thực hiện|đang tiến hành|进行中|开发中|진행 중|진행중|"
         u"в процессе|в работе|выполняется"},
        {Review, u"in review|review|under review|en revisión|en revue|in prüfung|incelemede|"
                 u"ditinjau|审核中|검토 중|на проверке|на ревью"},
        {Todo,
         u"not done|not started|not implemented|not yet|todo|to do|missing|pending|planned|"
         u"backlog|open|not met|absent|next|up next|future|sin empezar|no iniciado|no "
         u"iniciada|pendiente|"
         u"por hacer|planificado|falta|faltante|diferido|diferida|deferred|à faire|a faire|"
         u"non commencé|non commencée|manquant|manquante|prévu|prévue|offen|ausstehend|"
         u"fehlt|geplant|nicht begonnen|yapılacak|bekliyor|başlanmadı|eksik|planlandı|belum|"
         u"belum dimulai|belum selesai|tertunda|chưa làm|chưa bắt đầu|chưa xong|chưa hoàn thành|"
         u"待办|待完成|未开始|未完成|计划中|할 일|미완료|미착수|예정|не сделано|не начато|"
         u"отсутствует|запланировано|в планах"},
        {Done,
         u"done|complete|completed|closed|finished|fixed|resolved|implemented|achieved|shipped|"
         u"merged|passed|passing|completo|completa|completado|completada|terminado|terminada|"
         u"hecho|listo|lista|resuelto|implementado|concluído|concluido|terminé|terminée|"
         u"terminés|terminées|fait|faite|complété|complétée|achevé|achevée|résolu|livré|fertig|"
         u"erledigt|abgeschlossen|erfüllt|behoben|umgesetzt|tamamlandı|tamam|bitti|çözüldü|"
         u"selesai|sudah|beres|tuntas|hoàn thành|xong|đã xong|完成|已完成|已实现|已修复|완료|완성|"
         u"готово|выполнено|сделано|завершено|реализовано|исправлено"},
    };
    return lists;
}

const QList<StatusWords::List> &StatusWords::symbols()
{
    static const QList<List> lists = {
        {Done,
         u"✅|✔️|✔|☑️|☑|🟢|🟩|✓|🎉|âœ…|‚úÖ|âœ”|ðŸŸ¢|ğŸŸ¢"},
        {InProgress, u"🟡|🔄|🚧|🔃|🟨|ðŸŸ¡|ğŸŸ¡|ðŸ”„|ğŸ”„|"
                     u"ðŸš§|"
                     u"ğŸš§"},
        {Partial, u"⚠️|⚠|âš ï¸|âš\u00a0ï¸|‚ö†Ô∏è"},
        // An hourglass waits (pending, deferred, not started yet) more often than it works.
        {Todo, u"⏳|⌛|â³|"
               u"â\u008f³|"
               u"‚è≥|"
               u"❌|🔴|⬜|⭕|📋|☐|✗|✘|âŒ|â\u009dŒ|‚ùå|ðŸ”´|ğŸ”´|\uf8ffüî¥|â¬œ|ðŸ“‹|ğŸ“‹"},
        {Blocked, u"⏸️|⏸|🚫|🔒|⛔|🛑|ðŸš«|ğŸš«|ðŸ”’|ğŸ”’"},
        {Cancelled, u"✖️|✖|🗑️|🗑"},
        {Failed, u"💀|ðŸ’€|ğŸ’€"},
    };
    return lists;
}

const QString &StatusWords::legendWords()
{
    static const QString names = QStringLiteral(
        "legend|légende|leyenda|legende|legenda|leggenda|图例|범례|chú thích|keterangan|açıklama|"
        "lejant|обозначения|условные обозначения|key");
    return names;
}

} // namespace Candor
