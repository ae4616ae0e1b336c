<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Planner::AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改内容</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>升级</translation>
    </message>
</context>
<context>
    <name>Planner::CalendarCsv</name>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，%2 列</translation>
    </message>
    <message>
        <source>the header must start with the columns date,kind</source>
        <translation>表头必须以 date,kind 两列开始</translation>
    </message>
    <message>
        <source>expected at least the columns date and kind</source>
        <translation>至少需要 date 和 kind 两列</translation>
    </message>
    <message>
        <source>“%1” is not a date (expected YYYY-MM-DD)</source>
        <translation>“%1”不是日期（应为 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>“%1” must be holiday or workday</source>
        <translation>“%1”必须是 holiday 或 workday</translation>
    </message>
    <message>
        <source>%1 is a weekday; only a weekend day can be a make-up working day</source>
        <translation>%1 是工作日；只有周末才能是调休上班日</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 重复出现</translation>
    </message>
</context>
<context>
    <name>Planner::CalendarImport</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot read “%1”: it is larger than %2 MB</source>
        <translation>无法读取“%1”：文件大于 %2 MB</translation>
    </message>
    <message>
        <source>Cannot read “%1”: it is not UTF-8 and this system cannot decode GB18030</source>
        <translation>无法读取“%1”：文件不是 UTF-8，且本系统无法解码 GB18030</translation>
    </message>
    <message>
        <source>Cannot read “%1”: it is neither UTF-8 nor GB18030 text</source>
        <translation>无法读取“%1”：文件既不是 UTF-8 也不是 GB18030 文本</translation>
    </message>
</context>
<context>
    <name>Planner::CalendarTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
</context>
<context>
    <name>Planner::CapacityChart</name>
    <message>
        <source>Tracks against their targets</source>
        <translation>各方向与目标对比</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>已培训</translation>
    </message>
    <message>
        <source>Forecast for the year</source>
        <translation>全年预测</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>已认证</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>tracks</source>
        <translation>方向</translation>
    </message>
</context>
<context>
    <name>Planner::ChartRenderer</name>
    <message>
        <source>unknown chart kind “%1” (choose one of: %2)</source>
        <translation>未知的图表类型“%1”（可选：%2）</translation>
    </message>
    <message>
        <source>the plan has no targets or cohorts in %1</source>
        <translation>该计划在 %1 年没有目标或班级</translation>
    </message>
</context>
<context>
    <name>Planner::ChartStyle</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <extracomment>Chart tooltip: %1 series name, %2 the point's key (a month, a year), %3 its value</extracomment>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <source>Cannot export the chart to %1: the size %2×%3 is empty.</source>
        <translation>无法将图表导出到 %1：尺寸 %2×%3 为空。</translation>
    </message>
    <message>
        <source>Cannot export the chart to %1: the file type is unknown. Name the file with .png, .svg or .pdf at the end.</source>
        <translation>无法将图表导出到 %1：未知的文件类型。请以 .png、.svg 或 .pdf 作为文件扩展名。</translation>
    </message>
    <message>
        <source>Cannot write the chart to %1: %2</source>
        <translation>无法将图表写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the chart to %1.</source>
        <translation>无法将图表写入 %1。</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
</context>
<context>
    <name>Planner::ChartWidget</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
</context>
<context>
    <name>Planner::CohortTableModel</name>
    <message>
        <source>Cohort</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Lead instructor</source>
        <translation>主讲教师</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s). %1</source>
        <translation><numerusform>%Ln 个冲突。%1</numerusform></translation>
    </message>
</context>
<context>
    <name>Planner::ConflictEngine</name>
    <message>
        <source>morning</source>
        <comment>session slot inside a sentence</comment>
        <translation>上午</translation>
    </message>
    <message>
        <source>afternoon</source>
        <comment>session slot inside a sentence</comment>
        <translation>下午</translation>
    </message>
    <message>
        <source>evening</source>
        <comment>session slot inside a sentence</comment>
        <translation>晚上</translation>
    </message>
    <message>
        <source>Instructor double-booked</source>
        <translation>教师时间冲突</translation>
    </message>
    <message>
        <source>Not qualified</source>
        <translation>无授课资质</translation>
    </message>
    <message>
        <source>Qualification lapsed</source>
        <translation>资质已失效</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>请假期间</translation>
    </message>
    <message>
        <source>Over weekly limit</source>
        <translation>超过每周上限</translation>
    </message>
    <message>
        <source>Over monthly limit</source>
        <translation>超过每月上限</translation>
    </message>
    <message>
        <source>Over yearly limit</source>
        <translation>超过年度上限</translation>
    </message>
    <message>
        <source>Venue double-booked</source>
        <translation>场地冲突</translation>
    </message>
    <message>
        <source>Venue too small</source>
        <translation>场地座位不足</translation>
    </message>
    <message>
        <source>Non-working day</source>
        <translation>非工作日</translation>
    </message>
    <message>
        <source>No lead instructor</source>
        <translation>无主讲教师</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>超出容量</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>conflict severity</comment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Warn</source>
        <comment>conflict severity</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Block</source>
        <comment>conflict severity</comment>
        <translation>阻止</translation>
    </message>
    <message>
        <source>Instructor #%1</source>
        <translation>教师 #%1</translation>
    </message>
    <message>
        <source>#%1</source>
        <comment>cohort without a code</comment>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 is booked twice on %2 (%3): cohorts %4 and %5.</source>
        <comment>instructor double-booked</comment>
        <translation>%1 在 %2（%3）被重复安排：班级 %4 和 %5。</translation>
    </message>
    <message>
        <source>%1 is booked twice on %2 (%3): cohorts %4 and %5.</source>
        <comment>venue double-booked</comment>
        <translation>%1 在 %2（%3）被重复安排：班级 %4 和 %5。</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <comment>course code (track, level)</comment>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>%1 holds no qualification for %2 but is assigned to cohort %3, starting %4.</source>
        <translation>%1 没有 %2 的授课资质，却被安排到 %4 开班的班级 %3。</translation>
    </message>
    <message>
        <source>%1 holds no qualification for %2 but is assigned to cohort %3.</source>
        <translation>%1 没有 %2 的授课资质，却被安排到班级 %3。</translation>
    </message>
    <message numerus="yes">
        <source>The qualification of %1 for %2 expired after %3: cohort %4 has %n session date(s) without a valid qualification, the first on %5.</source>
        <translation><numerusform>%1 的 %2 资质已于 %3 后失效：班级 %4 有 %Ln 个上课日期没有有效资质，第一个是 %5。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The qualification of %1 for %2 is valid only from %3: cohort %4 has %n session date(s) without a valid qualification, the first on %5.</source>
        <translation><numerusform>%1 的 %2 资质自 %3 起才有效：班级 %4 有 %Ln 个上课日期没有有效资质，第一个是 %5。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 is on leave from %2 to %3 but teaches cohort %4 on %n date(s) then, the first on %5.</source>
        <translation><numerusform>%1 在 %2 至 %3 请假，但在此期间要在 %Ln 个日期为班级 %4 授课，第一个是 %5。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 is on leave from %2 to %3 (%4) but teaches cohort %5 on %n date(s) then, the first on %6.</source>
        <translation><numerusform>%1 在 %2 至 %3 请假（%4），但在此期间要在 %Ln 个日期为班级 %5 授课，第一个是 %6。</numerusform></translation>
    </message>
    <message>
        <source>%1 has %2 teaching days in the week of %3 (week %4 of %5), limit %6.</source>
        <translation>%1 在 %3 这一周（%5 年第 %4 周）有 %2 个授课日，上限为 %6。</translation>
    </message>
    <message>
        <source>%1 has %2 teaching days in %3, limit %4.</source>
        <comment>month</comment>
        <translation>%1 在 %3 有 %2 个授课日，上限为 %4。</translation>
    </message>
    <message>
        <source>%1 has %2 teaching days in %3, limit %4.</source>
        <comment>year</comment>
        <translation>%1 在 %3 有 %2 个授课日，上限为 %4。</translation>
    </message>
    <message>
        <source>Cohort %1 has %2 seats but venue %3 holds only %4.</source>
        <translation>班级 %1 有 %2 个座位，但场地 %3 只能容纳 %4 人。</translation>
    </message>
    <message>
        <source>Cohort %1 has a session on %2 (%3), which is not a working day.</source>
        <translation>班级 %1 在 %2（%3）有课，但当天不是工作日。</translation>
    </message>
    <message>
        <source>Cohort %1 has no lead instructor; it starts on %2.</source>
        <translation>班级 %1 没有主讲教师；该班于 %2 开班。</translation>
    </message>
    <message>
        <source>Cohort %1 has no lead instructor.</source>
        <translation>班级 %1 没有主讲教师。</translation>
    </message>
    <message>
        <source>Cohort %1 has %2 trainees holding seats but a capacity of %3.</source>
        <translation>班级 %1 有 %2 名学员占用座位，但容量只有 %3。</translation>
    </message>
</context>
<context>
    <name>Planner::ConflictModel</name>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题说明</translation>
    </message>
</context>
<context>
    <name>Planner::CourseTableModel</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Chinese title</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Hours/day</source>
        <translation>每日学时</translation>
    </message>
    <message>
        <source>Default seats</source>
        <translation>默认座位</translation>
    </message>
    <message>
        <source>Qualification awarded</source>
        <translation>授予资格</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>已认证</translation>
    </message>
</context>
<context>
    <name>Planner::CsvReader</name>
    <message>
        <source>line %1: a quote inside an unquoted field</source>
        <translation>第 %1 行：未加引号的字段中出现引号</translation>
    </message>
    <message>
        <source>line %1: text after a closing quote</source>
        <translation>第 %1 行：右引号后还有文本</translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>第 %1 行：加引号的字段没有结束引号</translation>
    </message>
</context>
<context>
    <name>Planner::DashboardPage</name>
    <message>
        <source>Plan overview</source>
        <translation>计划概览</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>已培训</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>已认证</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>无法加载：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1 of target</source>
        <translation>完成目标的 %1</translation>
    </message>
    <message>
        <source>Show the progress of some tracks only</source>
        <translation>只显示部分方向的进度</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>区(&amp;D)：</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Save this page as a one-page PDF report</source>
        <translation>将本页保存为单页 PDF 报告</translation>
    </message>
    <message>
        <source>In training now</source>
        <translation>当前在训</translation>
    </message>
    <message>
        <source>Seats to come</source>
        <translation>待开座位</translation>
    </message>
    <message>
        <source>Forecast for the year</source>
        <translation>全年预测</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>By month and track</source>
        <translation>按月份和方向</translation>
    </message>
    <message>
        <source>Tracks against targets</source>
        <translation>方向与目标</translation>
    </message>
    <message>
        <source>Instructor utilisation</source>
        <translation>教师工作量</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>全部方向</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation><numerusform>%Ln 个方向</numerusform></translation>
    </message>
    <message>
        <source>This plan has no tracks, targets or cohorts for %1 yet.</source>
        <translation>该计划在 %1 年还没有方向、目标或班级。</translation>
    </message>
    <message>
        <source>Progress of %1 as of %2. Trained: trainees who completed a cohort that ended in the year; the forecast adds the remaining cohorts at the usual completion rate (%3).</source>
        <translation>%1 年截至 %2 的进度。已培训：在本年度结班的班级中结业的学员；预测按通常结业率（%3）加上其余班级。</translation>
    </message>
    <message>
        <source>%1 of the target of %2</source>
        <translation>目标 %2 的 %1</translation>
    </message>
    <message>
        <source>Trained, by track</source>
        <translation>已培训（按方向）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Certified, by track</source>
        <translation>已认证（按方向）</translation>
    </message>
    <message>
        <source>in cohorts running on %1</source>
        <translation>%1 正在进行的班级</translation>
    </message>
    <message>
        <source>In training now, by track</source>
        <translation>当前在训（按方向）</translation>
    </message>
    <message>
        <source>in cohorts still to finish this year</source>
        <translation>本年度尚未结班的班级</translation>
    </message>
    <message>
        <source>Seats to come, by track</source>
        <translation>待开座位（按方向）</translation>
    </message>
    <message>
        <source>%1 of target: %2 short</source>
        <translation>完成目标的 %1：差 %2</translation>
    </message>
    <message>
        <source>Forecast for the year, by track</source>
        <translation>全年预测（按方向）</translation>
    </message>
    <message>
        <source>%1 (%2 of target)</source>
        <translation>%1（目标的 %2）</translation>
    </message>
    <message>
        <source>Export Dashboard</source>
        <translation>导出概览</translation>
    </message>
    <message>
        <source>progress-%1.pdf</source>
        <translation>进度-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the dashboard</source>
        <translation>无法导出概览</translation>
    </message>
    <message>
        <source>Progress %1</source>
        <translation>%1 年进度</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the file could not be opened for writing.</source>
        <translation>无法写入“%1”：无法打开文件进行写入。</translation>
    </message>
    <message>
        <source>Training progress %1</source>
        <translation>%1 年培训进度</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>无法写入“%1”。</translation>
    </message>
</context>
<context>
    <name>Planner::Domain</name>
    <message>
        <source>Foundation</source>
        <translation>基础</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <comment>course level</comment>
        <translation>中级</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>线下</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>混合</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Open for enrollment</source>
        <translation>开放报名</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>cohort status</comment>
        <translation>已结班</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>上午</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>下午</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>晚上</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>主讲</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助教</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>enrollment status</comment>
        <translation>已结业</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation>未认证</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>初级</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <comment>certification level</comment>
        <translation>中级</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班日</translation>
    </message>
</context>
<context>
    <name>Planner::FixSuggester</name>
    <message numerus="yes">
        <source>Make %1 the lead of %2 (qualified and free; %n teaching day(s) booked so far)</source>
        <translation><numerusform>让 %1 担任 %2 的主讲（有资质且有空；目前已排 %Ln 个授课日）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Replace %1 by %2 in %3 (qualified and free; %n teaching day(s) booked so far)</source>
        <translation><numerusform>在 %3 中由 %2 替换 %1（有资质且有空；目前已排 %Ln 个授课日）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> — leaves %n warning(s)</source>
        <translation><numerusform>——仍有 %Ln 个警告</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move %1 %n week(s) later, to start on %2</source>
        <translation><numerusform>将 %1 推迟 %Ln 周，于 %2 开班</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move %1 %n week(s) earlier, to start on %2</source>
        <translation><numerusform>将 %1 提前 %Ln 周，于 %2 开班</numerusform></translation>
    </message>
    <message>
        <source>Move %1 to %2 (%3, %4 seats), free at all its sessions</source>
        <translation>将 %1 移到 %2（%3，%4 个座位），所有课次均空闲</translation>
    </message>
</context>
<context>
    <name>Planner::InstructorDetail</name>
    <message>
        <source>&lt;b&gt;Bold&lt;/b&gt; in the track's colour: teaching · %1 leave · &lt;span style="color:%2"&gt;public holiday&lt;/span&gt; · &lt;span style="color:%3"&gt;make-up workday&lt;/span&gt;</source>
        <translation>以方向颜色&lt;b&gt;加粗&lt;/b&gt;：授课 · %1 请假 · &lt;span style="color:%2"&gt;法定节假日&lt;/span&gt; · &lt;span style="color:%3"&gt;调休上班日&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Select an instructor to see their calendar and load.</source>
        <translation>选择一位教师以查看其日历和工作量。</translation>
    </message>
    <message>
        <source>Teaching days: week %1: %2 · %3: %4 · %5: %6</source>
        <translation>授课天数：第 %1 周：%2 · %3：%4 · %5 年：%6</translation>
    </message>
    <message>
        <source>On leave %1 – %2: %3</source>
        <translation>请假 %1 – %2：%3</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>无课程</translation>
    </message>
</context>
<context>
    <name>Planner::InstructorTableModel</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Home district</source>
        <translation>所在区</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>授课资质</translation>
    </message>
    <message>
        <source>Next expiry</source>
        <translation>最近到期</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Teaching days</source>
        <translation>授课天数</translation>
    </message>
    <message>
        <source>Max days/year</source>
        <translation>年度上限</translation>
    </message>
    <message>
        <source>Leave days</source>
        <translation>请假天数</translation>
    </message>
    <message>
        <source>Max days/week</source>
        <translation>每周上限</translation>
    </message>
    <message>
        <source>Max days/month</source>
        <translation>每月上限</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Cohorts with a session in %1</source>
        <translation>%1 年有课的班级数</translation>
    </message>
    <message>
        <source>Distinct days with a session in %1</source>
        <translation>%1 年有课的天数</translation>
    </message>
    <message>
        <source>Days of leave in %1</source>
        <translation>%1 年请假天数</translation>
    </message>
    <message>
        <source>The next date on which one of the qualifications expires</source>
        <translation>最近一项资质的到期日期</translation>
    </message>
</context>
<context>
    <name>Planner::MainWindow</name>
    <message>
        <source>Cohort plans (*.cohortplan);;All files (*)</source>
        <translation>培训计划 (*.cohortplan);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not read the plan: %1</source>
        <translation>无法读取计划：%1</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>班级</translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s), all years</source>
        <translation><numerusform>%Ln 个班级（全部年度）</numerusform></translation>
    </message>
    <message>
        <source>Instructors</source>
        <translation>教师</translation>
    </message>
    <message numerus="yes">
        <source>%n instructor(s); load and leave for %1</source>
        <translation><numerusform>%Ln 名教师；%1 年的工作量和请假</numerusform></translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>学员</translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s)</source>
        <translation><numerusform>%Ln 名学员</numerusform></translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>方向</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation><numerusform>%Ln 个方向</numerusform></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation><numerusform>%Ln 门课程</numerusform></translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>场地</translation>
    </message>
    <message numerus="yes">
        <source>%n venue(s)</source>
        <translation><numerusform>%Ln 个场地</numerusform></translation>
    </message>
    <message>
        <source>Work calendar</source>
        <translation>工作日历</translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s) to the Monday–Friday week: public holidays and make-up working days</source>
        <translation><numerusform>%Ln 个例外日期：法定节假日和调休上班日</numerusform></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Courses &amp; Tracks</source>
        <translation>课程与方向</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation>新建计划(&amp;N)…</translation>
    </message>
    <message>
        <source>New &amp;Demo Plan…</source>
        <translation>新建示例计划(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Cohort Planner</source>
        <translation>关于培训班规划(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>无法打开计划</translation>
    </message>
    <message>
        <source>The plan was upgraded from format %1; the original is kept at %2</source>
        <translation>计划已从格式 %1 升级；原文件保存在 %2</translation>
    </message>
    <message>
        <source>Creating the demo plan…</source>
        <translation>正在创建示例计划…</translation>
    </message>
    <message>
        <source>Cannot create the demo plan</source>
        <translation>无法创建示例计划</translation>
    </message>
    <message>
        <source>New Plan</source>
        <translation>新建计划</translation>
    </message>
    <message>
        <source>plan.cohortplan</source>
        <translation>计划.cohortplan</translation>
    </message>
    <message>
        <source>Cannot create the plan</source>
        <translation>无法创建计划</translation>
    </message>
    <message>
        <source>New Demo Plan</source>
        <translation>新建示例计划</translation>
    </message>
    <message>
        <source>demo.cohortplan</source>
        <translation>示例.cohortplan</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>打开计划</translation>
    </message>
    <message>
        <source>Save Plan As</source>
        <translation>计划另存为</translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation>无法保存计划</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>已另存为 %1</translation>
    </message>
    <message>
        <source>About Cohort Planner</source>
        <translation>关于培训班规划</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cohort Planner %1&lt;/h3&gt;&lt;p&gt;Plans the cohorts, instructors and trainees of engineer training programmes against their yearly targets.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the Cohort Planner developers.&lt;br&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Uses Qt %2, SQLite and QCustomPlot.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;培训班规划 %1&lt;/h3&gt;&lt;p&gt;按年度目标规划工程师培训项目的班级、教师和学员。&lt;/p&gt;&lt;p&gt;版权所有 © 2026 培训班规划开发者。&lt;br&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;&lt;p&gt;使用 Qt %2、SQLite 和 QCustomPlot。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cohort Planner</source>
        <translation>培训班规划</translation>
    </message>
    <message>
        <source>%1 — Cohort Planner</source>
        <translation>%1 — 培训班规划</translation>
    </message>
    <message>
        <source>%1 (read-only) — Cohort Planner</source>
        <translation>%1（只读）— 培训班规划</translation>
    </message>
    <message>
        <source>%1 cohorts · %2 instructors · %3 trainees · %4 enrollments</source>
        <translation>%1 个班级 · %2 名教师 · %3 名学员 · %4 人次报名</translation>
    </message>
    <message>
        <source>(no recent plans)</source>
        <translation>（无最近计划）</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) shown: %1 blocking and %2 warnings in the whole plan. Double-click one to go to its cohort.</source>
        <translation><numerusform>显示 %Ln 个冲突：整个计划中有 %1 个阻止、%2 个警告。双击可转到对应班级。</numerusform></translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>全部规则</translation>
    </message>
    <message>
        <source>Blocking and warnings</source>
        <translation>阻止和警告</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>严重程度：</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import holidays and make-up working days from a CSV file (columns date,kind,name,name_zh)</source>
        <translation>从 CSV 文件导入法定节假日和调休上班日（列：date,kind,name,name_zh）</translation>
    </message>
    <message>
        <source>Import Work &amp;Calendar…</source>
        <translation>导入工作日历(&amp;C)…</translation>
    </message>
    <message>
        <source>Import Work Calendar</source>
        <translation>导入工作日历</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation><numerusform>……另有 %Ln 个。</numerusform></translation>
    </message>
    <message>
        <source>Cannot import the calendar</source>
        <translation>无法导入日历</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:

%2</source>
        <translation>未从 %1 导入任何内容：

%2</translation>
    </message>
    <message numerus="yes">
        <source>The plan already has all %n day(s) of this file.</source>
        <translation><numerusform>计划中已有该文件的全部 %Ln 个日期。</numerusform></translation>
    </message>
    <message>
        <source>Import %1 new and %2 changed day(s) from %3?</source>
        <translation>从 %3 导入 %1 个新日期和 %2 个更改的日期？</translation>
    </message>
    <message>
        <source>Imported the work calendar: %1 new, %2 changed day(s).</source>
        <translation>已导入工作日历：%1 个新日期，%2 个更改。</translation>
    </message>
    <message>
        <source>Suggested fixes for the selected conflict</source>
        <translation>所选冲突的建议解决办法</translation>
    </message>
    <message>
        <source>No change of instructor, dates or venue clears this conflict on its own.</source>
        <translation>单独更换教师、日期或场地都无法解决此冲突。</translation>
    </message>
    <message>
        <source>Plan in use</source>
        <translation>计划正在使用</translation>
    </message>
    <message>
        <source>“%1” is open for editing in another Cohort Planner (%2).

Open it read-only?</source>
        <translation>“%1”正在另一个培训班规划中编辑（%2）。

以只读方式打开？</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first: who changed what, and when</source>
        <translation><numerusform>%Ln 条更改，最新的在前：谁在何时改了什么</numerusform></translation>
    </message>
</context>
<context>
    <name>Planner::MultiYearChart</name>
    <message>
        <source>Targets and results by year</source>
        <translation>各年度目标与结果</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Planned seats</source>
        <translation>计划座位</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>已培训</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>已认证</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年度</translation>
    </message>
</context>
<context>
    <name>Planner::PlanDatabase</name>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>无法打开“%1”：%2。</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>it is a folder, not a plan file</source>
        <translation>这是一个文件夹，不是计划文件</translation>
    </message>
    <message>
        <source>it is a SQLite database, but not a Cohort Planner plan</source>
        <translation>这是 SQLite 数据库，但不是培训班规划计划文件</translation>
    </message>
    <message>
        <source>it is a SQLite database of another application (application id 0x%1), not a Cohort Planner plan</source>
        <translation>这是其他应用程序的 SQLite 数据库（应用 ID 0x%1），不是培训班规划计划文件</translation>
    </message>
    <message>
        <source>it was written by a newer version of Cohort Planner (plan format %1; this version reads formats up to %2). Update Cohort Planner to open it</source>
        <translation>该文件由更新版本的培训班规划写入（计划格式 %1；本版本最高可读格式 %2）。请升级培训班规划后再打开</translation>
    </message>
    <message>
        <source> (and %1 more problems)</source>
        <translation>（另有 %1 个问题）</translation>
    </message>
    <message>
        <source>it failed its checks: %1</source>
        <translation>文件检查未通过：%1</translation>
    </message>
    <message>
        <source>it is in an older plan format (%1) that must be upgraded; open it for editing to upgrade it</source>
        <translation>该文件为旧的计划格式（%1），需要升级；请以可编辑方式打开以升级</translation>
    </message>
    <message>
        <source>the backup copy taken before upgrading it could not be written (%1); the file was left as it was</source>
        <translation>升级前无法写入备份副本（%1）；文件保持原样</translation>
    </message>
    <message>
        <source>upgrading it from plan format %1 failed (%2); the file was left as it was, and a backup copy is at “%3”</source>
        <translation>从计划格式 %1 升级失败（%2）；文件保持原样，备份副本位于“%3”</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>无法创建“%1”：%2</translation>
    </message>
    <message>
        <source>application id is 0x%1, not Cohort Planner's 0x%2</source>
        <translation>应用 ID 为 0x%1，而不是培训班规划的 0x%2</translation>
    </message>
    <message>
        <source>plan format is %1, this version writes %2</source>
        <translation>计划格式为 %1，本版本写入格式 %2</translation>
    </message>
    <message>
        <source>a plan cannot be saved over itself</source>
        <translation>不能将计划另存为其自身</translation>
    </message>
    <message>
        <source>Cannot save a copy to “%1”: %2</source>
        <translation>无法将副本保存到“%1”：%2</translation>
    </message>
    <message>
        <source>it contains a trigger (%1), which plan files never have</source>
        <translation>其中包含触发器（%1），计划文件不应有触发器</translation>
    </message>
    <message>
        <source>it contains a view (%1), which plan files never have</source>
        <translation>其中包含视图（%1），计划文件不应有视图</translation>
    </message>
    <message>
        <source>it contains a virtual table (%1), which plan files never have</source>
        <translation>其中包含虚拟表（%1），计划文件不应有虚拟表</translation>
    </message>
    <message>
        <source>the %1 %2 is missing</source>
        <translation>缺少 %1 %2</translation>
    </message>
    <message>
        <source>the %1 %2 has been altered</source>
        <translation>%1 %2 已被修改</translation>
    </message>
    <message>
        <source>it contains an unknown %1 %2</source>
        <translation>其中包含未知的 %1 %2</translation>
    </message>
    <message>
        <source>A transaction could not be started: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>The changes could not be written to the plan file: %1</source>
        <translation>无法将更改写入计划文件：%1</translation>
    </message>
    <message>
        <source>it is open for editing in another Cohort Planner (%1); open it read-only to look at it</source>
        <translation>它正在另一个培训班规划中编辑（%1）；请以只读方式打开查看</translation>
    </message>
    <message>
        <source>its lock file “%1” cannot be created (the folder may be read-only); open it read-only to look at it</source>
        <translation>无法创建其锁文件“%1”（文件夹可能为只读）；请以只读方式打开查看</translation>
    </message>
    <message>
        <source>Cannot create “%1”: a plan of that name is open for editing in another Cohort Planner (%2)</source>
        <translation>无法创建“%1”：同名计划正在另一个培训班规划中编辑（%2）</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>%2 上的进程 %1</translation>
    </message>
    <message>
        <source>Cannot save a copy to “%1”: that plan is open for editing in another Cohort Planner (%2)</source>
        <translation>无法将副本保存到“%1”：该计划正在另一个培训班规划中编辑（%2）</translation>
    </message>
</context>
<context>
    <name>Planner::ProgressChart</name>
    <message>
        <source>Progress against the target</source>
        <translation>目标完成进度</translation>
    </message>
    <message>
        <source>Trained (cumulative)</source>
        <translation>已培训（累计）</translation>
    </message>
    <message>
        <source>Certified (cumulative)</source>
        <translation>已认证（累计）</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Forecast trained</source>
        <translation>预测培训</translation>
    </message>
    <message>
        <source>Forecast certified</source>
        <translation>预测认证</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>进度</translation>
    </message>
</context>
<context>
    <name>Planner::ProgressModel</name>
    <message>
        <source>Track</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>已培训</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>目标完成率</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Forecast %</source>
        <translation>预测完成率</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>在训</translation>
    </message>
    <message>
        <source>Seats to come</source>
        <translation>待开座位</translation>
    </message>
    <message>
        <source>Certification target</source>
        <translation>认证目标</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>已认证</translation>
    </message>
    <message>
        <source>Trainees who completed a cohort that ended this year</source>
        <translation>在本年度结班的班级中结业的学员</translation>
    </message>
    <message>
        <source>Trained by the end of the year if the remaining cohorts complete at the usual rate</source>
        <translation>其余班级按通常结业率结业时，到年底的培训人数</translation>
    </message>
    <message>
        <source>Trainees in cohorts running today</source>
        <translation>今天正在进行的班级中的学员</translation>
    </message>
    <message>
        <source>Seats of the cohorts still to finish this year</source>
        <translation>本年度尚未结班的班级座位</translation>
    </message>
    <message>
        <source>Certificates awarded this year</source>
        <translation>本年度颁发的证书</translation>
    </message>
</context>
<context>
    <name>Planner::SqlitePlatform</name>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>无法读取该文件（%1）</translation>
    </message>
    <message>
        <source>it is empty (0 bytes), not a plan file</source>
        <translation>文件为空（0 字节），不是计划文件</translation>
    </message>
    <message>
        <source>it is not a SQLite database, so it cannot be a Cohort Planner plan</source>
        <translation>该文件不是 SQLite 数据库，因此不是培训班规划计划文件</translation>
    </message>
    <message>
        <source>its SQLite header is damaged (page size %1)</source>
        <translation>SQLite 文件头已损坏（页大小 %1）</translation>
    </message>
    <message>
        <source>it is truncated or damaged (%1 bytes is not a whole number of %2-byte pages)</source>
        <translation>文件被截断或已损坏（%1 字节不是 %2 字节页的整数倍）</translation>
    </message>
    <message>
        <source>it is truncated: the header promises %1 bytes but the file has %2</source>
        <translation>文件被截断：文件头表明应有 %1 字节，实际只有 %2 字节</translation>
    </message>
    <message>
        <source>the SQLite driver does not expose its connection handle</source>
        <translation>SQLite 驱动未提供连接句柄</translation>
    </message>
    <message>
        <source>SQLite refused to turn on its defensive settings</source>
        <translation>SQLite 拒绝启用防护设置</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing record in %3</source>
        <translation>表 %2 的第 %1 行引用了 %3 中不存在的记录</translation>
    </message>
    <message>
        <source>(more problems not listed)</source>
        <translation>（更多问题未列出）</translation>
    </message>
    <message>
        <source>the copy failed its integrity check: %1</source>
        <translation>副本未通过完整性检查：%1</translation>
    </message>
</context>
<context>
    <name>Planner::Store</name>
    <message>
        <source>The record %1 of %2 no longer exists.</source>
        <translation>%2 中的记录 %1 已不存在。</translation>
    </message>
    <message>
        <source>The plan file could not be read or written: %1 (statement: %2)</source>
        <translation>无法读写计划文件：%1（语句：%2）</translation>
    </message>
</context>
<context>
    <name>Planner::TablePage</name>
    <message>
        <source>Could not load: %1</source>
        <translation>无法加载：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%Ln 行</numerusform></translation>
    </message>
</context>
<context>
    <name>Planner::TrackMonthlyChart</name>
    <message>
        <source>Trained</source>
        <translation>已培训</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>已认证</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Results by month and track</source>
        <translation>按月份和方向的结果</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>monthly-by-track</source>
        <translation>按月份和方向</translation>
    </message>
</context>
<context>
    <name>Planner::TrackTableModel</name>
    <message>
        <source>Track</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
</context>
<context>
    <name>Planner::TraineeTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>报名次数</translation>
    </message>
    <message>
        <source>Latest cohort</source>
        <translation>最近班级</translation>
    </message>
    <message>
        <source>Latest start</source>
        <translation>最近开班</translation>
    </message>
    <message>
        <source>Highest certificate</source>
        <translation>最高证书</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>Planner::UtilisationChart</name>
    <message>
        <source>Instructor utilisation</source>
        <translation>教师工作量</translation>
    </message>
    <message>
        <source>Within the limit</source>
        <translation>未超上限</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>超过上限</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>% of yearly limit</source>
        <translation>占年度上限的百分比</translation>
    </message>
    <message>
        <source>utilisation</source>
        <translation>工作量</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %3 / %Ln day(s) (%4%)</source>
        <extracomment>%1 instructor code, %2 name, %3 teaching days, %n the yearly limit in days, %4 share</extracomment>
        <translation><numerusform>%1 %2：%3 / %Ln 天（%4%）</numerusform></translation>
    </message>
</context>
<context>
    <name>Planner::VenueTableModel</name>
    <message>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>课次</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>线下</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan training cohorts, instructors and trainees against yearly targets.</source>
        <translation>按年度目标规划培训班级、教师和学员。</translation>
    </message>
    <message>
        <source>The plan file to open.</source>
        <translation>要打开的计划文件。</translation>
    </message>
    <message>
        <source>Render a chart (progress, tracks, capacity, utilisation, years) and exit.</source>
        <translation>渲染图表（progress、tracks、capacity、utilisation、years）后退出。</translation>
    </message>
    <message>
        <source>The chart's year.</source>
        <translation>图表的年度。</translation>
    </message>
    <message>
        <source>Progress as of this date.</source>
        <translation>截至该日期的进度。</translation>
    </message>
    <message>
        <source>The chart file to write.</source>
        <translation>要写入的图表文件。</translation>
    </message>
    <message>
        <source>The chart's size, WIDTHxHEIGHT.</source>
        <translation>图表尺寸，宽x高。</translation>
    </message>
</context>
</TS>