namespace GhgReports.Localization;

/// <summary>How a new version of a document says what changed since the one before.</summary>
internal static class VersionTexts
{
    public static readonly Bilingual RegisterReplaced = new("集团工作簿（登记册）已更换：{0} → {1}", "The group workbook (register) was replaced: {0} → {1}");
    public static readonly Bilingual GeneratorChanged = new("生成程序版本：{0} → {1}", "Generator version: {0} → {1}");
    public static readonly Bilingual DataAdded = new("{0} {1} 年数据新增（提交 {2}）", "{0} {1}: data added (submission {2})");
    public static readonly Bilingual DataWithdrawn = new("{0} {1} 年数据不再有效（原提交 {2}）", "{0} {1}: data no longer in force (was submission {2})");
    public static readonly Bilingual DataReplaced = new("{0} {1} 年数据已更正：提交 {2} → {3}", "{0} {1}: data corrected, submission {2} → {3}");
    public static readonly Bilingual MethodChanged = new("{0} {1} 年按新的方法重新计算：{2} → {3}", "{0} {1}: recalculated with another method, {2} → {3}");
    public static readonly Bilingual EvidenceAdded = new("{0} {1} 年证据文件新增：{2}", "{0} {1}: evidence file added, {2}");
    public static readonly Bilingual EvidenceRemoved = new("{0} {1} 年证据文件移除：{2}", "{0} {1}: evidence file removed, {2}");
    public static readonly Bilingual EvidenceReplaced = new("{0} {1} 年证据文件更换：{2}", "{0} {1}: evidence file replaced, {2}");
    public static readonly Bilingual RecalculationRecorded = new("{0} {1} 年记录了重新计算或基准年更正", "{0} {1}: a recalculation or base-year correction recorded");
    public static readonly Bilingual StructureChanged = new("集团名册变化，集团基准按结构变化重新计算", "the group register changed; the group base recalculated for the structural change");
    public static readonly Bilingual OtherChanged = new("其他变化：{0}", "Other change: {0}");
    public static readonly Bilingual ChangeNote = new("本版本（第 {0} 版）取代第 {1} 版。变化：{2}", "This version ({0}) replaces version {1}. What changed: {2}");
    public static readonly Bilingual ChangeSeparator = new("；", "; ");
}
