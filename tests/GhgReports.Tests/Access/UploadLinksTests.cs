using GhgReports.Access;

namespace GhgReports.Tests.Access;

public sealed class UploadLinksTests
{
    [Theory]
    [InlineData("CP-2023.xlsx", "CP-2023.xlsx")]
    [InlineData(@"C:\fakepath\CP 2023 数据.xlsx", "CP 2023 数据.xlsx")] // what some browsers give for file.name's path
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("  spaced.xlsx  ", "spaced.xlsx")]
    [InlineData("line\nbreak\u0000.xlsx", "linebreak.xlsx")]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData("folder/", null)]
    [InlineData(null, null)]
    public void CleanFileName_KeepsTheLeafWithoutControlCharacters(string? given, string? kept) =>
        Assert.Equal(kept, UploadLinks.CleanFileName(given));

    [Fact]
    public void CleanFileName_CutsLongNames()
    {
        var name = new string('数', 500) + ".xlsx";

        Assert.Equal(UploadLinks.MaxFileNameLength, UploadLinks.CleanFileName(name)!.Length);
    }
}
