using System.ComponentModel;
using System.Reflection;
using GhgReports.Cli;
using Spectre.Console.Cli;
using Spectre.Console.Testing;

namespace GhgReports.IntegrationTests.Cli;

/// <summary>
/// Every way an operator can get the command line wrong ends in a message in both languages and exit 2, never in a
/// stack trace or a .NET conversion message.
/// </summary>
public sealed class BadArgumentTests
{
    /// <summary>Nothing listens on port 1: connecting is refused at once, as when Azurite is not running.</summary>
    private const string Unreachable =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
        + "BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;QueueEndpoint=http://127.0.0.1:1/devstoreaccount1;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;";

    private static (int Exit, string Output) Run(params string[] args)
    {
        var console = new TestConsole().Width(400);
        var exit = GhgApp.Run(args, console);
        return (exit, console.Output);
    }

    private static void AssertUsageError(int exit, string output, string english, string chinese)
    {
        Assert.Equal(GhgApp.UsageOrIo, exit);
        Assert.Contains(english, output, StringComparison.Ordinal);
        Assert.Contains(chinese, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoCommand_PrintsHelpAndExitsTwo()
    {
        var (exit, output) = Run();

        AssertUsageError(exit, output, "Name a command", "请指定命令");
        Assert.Contains("USAGE", output, StringComparison.Ordinal);
        Assert.Contains("validate", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownOption_IsRefusedByName()
    {
        var (exit, output) = Run("validate", "--jsn");

        AssertUsageError(exit, output, "Unknown option 'jsn'", "未知选项");
        Assert.DoesNotContain("FILE", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownCommand_PointsAtTheGeneralHelp()
    {
        var (exit, output) = Run("plans", "--year", "2023");

        AssertUsageError(exit, output, "Unknown command 'plans'", "未知命令");
        Assert.Contains("see ghg --help", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RestoreWithoutFrom_SaysWhatAnExportIs()
    {
        var (exit, output) = Run("restore", "--connection", Unreachable);

        AssertUsageError(exit, output, "--from is required: an export id", "--from 为必填项");
    }

    [Theory]
    [InlineData("plan", "--year", "abc")]
    [InlineData("pack", "--year", "20234")]
    [InlineData("status", "--year", "twenty")]
    [InlineData("recalculate", "--year", "abc", "--factors", "x", "--gwp", "AR6", "--reason", "r")]
    [InlineData("lock", "CP", "abc", "--verifier", "V", "--statement", "S")]
    [InlineData("signin", "--role", "verifier", "--subsidiary", "CP", "--year", "abc")]
    public void Run_YearThatIsNotAYear_SaysWhatAYearIs(params string[] args)
    {
        var (exit, output) = Run(args);

        AssertUsageError(exit, output, "A year must have four digits (2000–2100)", "年份应为四位数");
        Assert.DoesNotContain("Int32", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("pack")]
    public void Run_YearMissing_SaysItIsRequired(string command)
    {
        var (exit, output) = Run(command, "--connection", Unreachable);

        AssertUsageError(exit, output, "--year is required, e.g. --year 2023", "--year 为必填项");
    }

    [Theory]
    [InlineData("recalculate", "--connection", Unreachable)]
    [InlineData("recalculate", "--year", "2023", "--years", "2023-2024", "--connection", Unreachable)]
    public void Recalculate_NeitherOrBothOfYearAndYears_SaysToGiveOne(params string[] args)
    {
        var (exit, output) = Run(args);

        AssertUsageError(exit, output, "Give one year with --year, or the years compared with --years", "请用 --year 指定一年");
    }

    [Fact]
    public void Recalculate_YearsUnreadable_SaysWhatItTakes()
    {
        var (exit, output) = Run("recalculate", "--years", "2024-2023", "--connection", Unreachable);

        AssertUsageError(exit, output, "--years got '2024-2023'", "--years 读到“2024-2023”");
    }

    [Fact]
    public void Run_NumberThatIsNotANumber_IsToldInBothLanguages()
    {
        var (exit, output) = Run("signin", "--role", "hq", "--hours", "abc", "--key", new string('k', 64));

        AssertUsageError(exit, output, "'abc' is not a valid value", "无法识别的值“abc”");
    }

    [Fact]
    public void Run_OptionWithoutItsValue_NamesTheOption()
    {
        var (exit, output) = Run("plan", "--year");

        AssertUsageError(exit, output, "Option '--year' needs a value", "选项“--year”缺少取值");
    }

    [Fact]
    public void Run_TextOptionWithoutItsValue_IsRefusedNotFilledWithAPlaceholder()
    {
        var (exit, output) = Run("lock", "CP", "2023", "--statement", "VS-1", "--verifier", "--connection", Unreachable);

        AssertUsageError(exit, output, "Option '--verifier' needs a value", "选项“--verifier”缺少取值");
        Assert.DoesNotContain("cannot be reached", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MalformedConnectionString_ExitsTwoWithoutAStackTrace()
    {
        var (exit, output) = Run("pack", "--year", "2023", "--connection", "foo");

        AssertUsageError(exit, output, "The storage connection string is not valid", "存储连接字符串无效");
    }

    [Fact]
    public void Run_BlankConnection_SaysHowToGetOne()
    {
        var (exit, output) = Run("status", "--connection", " ");

        AssertUsageError(exit, output, "No storage given", "未指定存储");
    }

    [Theory]
    [InlineData("status")]
    [InlineData("plan", "--year", "2023")]
    [InlineData("pack", "--year", "2023")]
    [InlineData("lock", "CP", "2023", "--verifier", "V", "--statement", "S")]
    [InlineData("backup")]
    [InlineData("restore", "--from", "20261202T023000Z-Ghg")]
    public void Run_StorageUnreachable_SaysSoInBothLanguages(params string[] args)
    {
        var (exit, output) = Run([.. args, "--connection", Unreachable]);

        AssertUsageError(exit, output, "Storage cannot be reached", "无法连接存储");
    }

    [Theory]
    [InlineData("lock", "cp", "2023", "--verifier", "V", "--statement", "S")]
    [InlineData("pack", "--year", "2023", "--subsidiary", "c p")]
    [InlineData("status", "--subsidiary", "cp!")]
    public void Run_SubsidiaryCodeThatIsNotACode_IsRefusedBeforeStorage(params string[] args)
    {
        var (exit, output) = Run([.. args, "--connection", Unreachable]);

        AssertUsageError(exit, output, "is not a subsidiary code", "不是子公司代码");
        Assert.DoesNotContain("cannot be reached", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_LockWithoutVerifier_AndUnlockWithoutReason_AreRefused()
    {
        var (lockExit, lockOutput) = Run("lock", "CP", "2023", "--connection", Unreachable);
        var (unlockExit, unlockOutput) = Run("lock", "CP", "2023", "--unlock", "--connection", Unreachable);

        AssertUsageError(lockExit, lockOutput, "Locking needs --verifier and --statement", "锁定需要");
        AssertUsageError(unlockExit, unlockOutput, "--unlock needs --reason", "--unlock 需要 --reason");
    }

    [Fact]
    public void Run_UnknownLanguageOrGwpSet_AreRefused()
    {
        var (langExit, langOutput) = Run("plan", "--year", "2023", "--lang", "fr", "--connection", Unreachable);
        var (gwpExit, gwpOutput) = Run("validate", "any.xlsx", "--gwp", "AR7");

        AssertUsageError(langExit, langOutput, "--lang is zh or en; got 'fr'", "--lang 应为 zh 或 en");
        AssertUsageError(gwpExit, gwpOutput, "--gwp must be one of AR4, AR5, AR6; got 'AR7'", "--gwp 应为以下之一");
    }

    [Fact]
    public void Run_UploadToUnreachableStorage_SaysSo()
    {
        var (exit, output) = Run("upload", typeof(GhgApp).Assembly.Location, "--subsidiary", "CP", "--connection", Unreachable);

        AssertUsageError(exit, output, "Storage cannot be reached", "无法连接存储");
    }

    [Fact]
    public void Run_UploadMissingFileOrBadFolder_ExitsTwo()
    {
        var (missingExit, missingOutput) = Run("upload", "no-such.xlsx", "--subsidiary", "CP", "--connection", Unreachable);
        var (folderExit, folderOutput) = Run("upload", typeof(GhgApp).Assembly.Location, "--subsidiary", "group", "--connection", Unreachable);

        AssertUsageError(missingExit, missingOutput, "File not found: no-such.xlsx", "找不到文件");
        AssertUsageError(folderExit, folderOutput, "--subsidiary must be a subsidiary code or _group; got 'group'", "--subsidiary 应为子公司代码或 _group");
    }

    [Fact]
    public void Help_EveryOptionAndArgument_HasAHelpText()
    {
        var settings = typeof(GhgApp).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(CommandSettings)) && !t.IsAbstract).ToList();
        Assert.NotEmpty(settings);

        var undocumented = settings
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (Type: t, Property: p)))
            .Where(x => x.Property.GetCustomAttribute<CommandOptionAttribute>() is not null || x.Property.GetCustomAttribute<CommandArgumentAttribute>() is not null)
            .Where(x => string.IsNullOrWhiteSpace(x.Property.GetCustomAttribute<DescriptionAttribute>()?.Description))
            .Select(x => $"{x.Type.DeclaringType?.Name ?? x.Type.Name}.{x.Property.Name}")
            .ToList();

        Assert.Empty(undocumented);
    }

    [Theory]
    [InlineData("lock", "--verifier \"Verifier Ltd\"")]
    [InlineData("recalculate", "--reason \"switch to AR6\"")]
    public void Help_ExampleWithSpaces_IsQuoted(string command, string quoted)
    {
        var console = new TestConsole().Width(400);

        Assert.Equal(GhgApp.Ok, GhgApp.Run([command, "--help"], console));
        Assert.Contains(quoted, console.Output, StringComparison.Ordinal);
    }
}
