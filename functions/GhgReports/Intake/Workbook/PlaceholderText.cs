namespace GhgReports.Intake.Workbook;

/// <summary>
/// Text that stands in for a statement without making one ("TBD", "待补充", "Sample: …", "-"). A justification or a
/// criterion like that is no justification: ISO 14064-1 §9.3.1 e) and i) are not met by it, so it is refused where
/// it is read and never counted as provided in a pack.
/// </summary>
internal static class PlaceholderText
{
    private static readonly string[] Prefixes = ["样例", "示例", "sample", "example", "placeholder"];

    private static readonly string[] Markers =
        ["tbd", "todo", "to be confirmed", "to be completed", "must confirm", "lorem ipsum", "待定", "待补充", "待确认", "须子公司确认", "请填写", "xxx"];

    private static readonly HashSet<string> Whole = new(StringComparer.OrdinalIgnoreCase)
        { "-", "—", "–", "/", ".", "?", "？", "无", "略", "暂无", "n/a", "na", "none", "nil", "null" };

    public static bool IsPlaceholder(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var trimmed = text.Trim();
        return Whole.Contains(trimmed)
            || Prefixes.Any(p => trimmed.StartsWith(p, StringComparison.OrdinalIgnoreCase))
            || Markers.Any(m => trimmed.Contains(m, StringComparison.OrdinalIgnoreCase));
    }
}
