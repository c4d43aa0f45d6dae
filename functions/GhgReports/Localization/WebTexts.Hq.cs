namespace GhgReports.Localization;

/// <summary>The wording of group HQ's home on the page (the year's tracker, the group's figures, lock forms, register).</summary>
public static partial class WebTexts
{
    /// <summary>The HQ home's texts by key, written into the page beside <see cref="All"/>.</summary>
    public static IReadOnlyDictionary<string, Bilingual> HqHome { get; } = new Dictionary<string, Bilingual>(StringComparer.Ordinal)
    {
        ["hqHome"] = new("集团总部：年度报送跟踪", "Group HQ: the year's submissions"),
        ["hqDeadlineAhead"] = new("{0} 年度工作簿报送截止日：{1}。", "The {0} workbooks are due by {1}."),
        ["hqDeadlinePassed"] = new("{0} 年度工作簿报送截止日 {1} 已过。", "The {0} workbooks were due by {1}; that day has passed."),
        ["hqNoDeadline"] = new("集团工作簿未规定报送截止日（集团信息表“报送截止日”），{0} 年度未提交者不标为逾期。",
            "The group workbook declares no submission deadline (Group sheet, \"Submission deadline\"): no one is marked late for {0}."),
        ["hqOverdueList"] = new("逾期未提交：{0}", "Overdue: {0}"),
        ["hqTracker"] = new("各子公司报送情况", "Every registered subsidiary"),
        ["tracker.in-force"] = new("已提交（现行）", "In force"),
        ["tracker.processing"] = new("处理中", "Processing"),
        ["tracker.rejected"] = new("已退回，未有现行数据", "Rejected, nothing in force"),
        ["tracker.missing"] = new("未提交", "Not submitted"),
        ["overdue"] = new("逾期", "overdue"),
        ["lastUpload"] = new("最近上传", "Last upload"),
        ["hqKpis"] = new("集团指标", "Group figures"),
        ["hqKpisHint"] = new("与减排计划同一算法：有现行数据的子公司按名册和合并方法合并，范围 2 按位置法。",
            "Added up as the reduction plan adds them: the subsidiaries with data in force, by the register under the group's approach, scope 2 location-based."),
        ["hqNoFigures"] = new("该年度尚无现行数据。", "No data in force for the year yet."),
        ["hqMembers"] = new("计入的子公司", "Subsidiaries counted"),
        ["hqBaseIntensity"] = new("基准年 {0} 强度", "Base year {0} intensity"),
        ["hqChangeFromBase"] = new("强度较基准年变化", "Intensity change from the base year"),
        ["hqTarget"] = new("集团目标", "Group target"),
        ["hqTargetText"] = new("较 {1} 年下降 {0}%，目标年 {2}", "{0} % below {1} by {2}"),
        ["hqTargetLevel"] = new("{0} 年目标水平", "Level required in {0}"),
        ["hqOnTrack"] = new("本年度达到目标水平", "This year meets the required level"),
        ["yes"] = new("是", "Yes"),
        ["no"] = new("否", "No"),
        ["hqLockTitle"] = new("锁定已核查的期间（所选年度）", "Lock a verified period (the year above)"),
        ["hqUnlockTitle"] = new("解锁期间（所选年度）", "Unlock a period (the year above)"),
        ["hqLockedDone"] = new("已锁定 {0} {1} 年度。", "{0} {1} is locked."),
        ["hqUnlockedDone"] = new("已解锁 {0} {1} 年度。", "{0} {1} is unlocked."),
        ["hqHistory"] = new("锁定与解锁记录", "Lock history"),
        ["when"] = new("时间", "When"),
        ["by"] = new("操作人", "By"),
        ["hqRegister"] = new("子公司名册（只读）", "Register (read-only)"),
        ["hqRegisterHint"] = new("名册来自现行集团工作簿；如需修改，请上传新的集团工作簿。",
            "From the group workbook in force; to change it, upload a new group workbook."),
        ["code"] = new("代码", "Code"),
        ["nameZh"] = new("中文名称", "Chinese name"),
        ["nameEn"] = new("英文名称", "English name"),
        ["province"] = new("省份", "Province"),
        ["stage"] = new("生产阶段", "Production stage"),
        ["share"] = new("合并比例", "Share"),
        ["controlled"] = new("受控", "Controlled"),
        ["active"] = new("在册", "Active"),
    };
}
