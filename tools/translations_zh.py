#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills resources/translations/*.ts from the dictionaries below after
`cmake --build build --target update_translations` has added new source texts.
Simplified Chinese for every string; English only for the plural forms (%n)."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ZH = {
    # Domain
    ('Foundation', None): '基础', ('Intermediate', 'course level'): '中级', ('Advanced', None): '高级',
    ('In person', None): '线下', ('Online', None): '线上', ('Hybrid', None): '混合',
    ('Planned', None): '计划中', ('Open for enrollment', None): '开放报名', ('Running', None): '进行中',
    ('Completed', 'cohort status'): '已结班', ('Cancelled', None): '已取消',
    ('Morning', None): '上午', ('Afternoon', None): '下午', ('Evening', None): '晚上',
    ('Lead', None): '主讲', ('Assistant', None): '助教',
    ('Enrolled', None): '已报名', ('Waitlisted', None): '候补', ('Withdrawn', None): '已退出',
    ('Completed', 'enrollment status'): '已结业', ('Failed', None): '未通过',
    ('Not certified', None): '未认证', ('Junior', None): '初级', ('Intermediate', 'certification level'): '中级',
    ('Senior', None): '高级', ('Public holiday', None): '法定节假日', ('Make-up working day', None): '调休上班日',
    # Plan file
    ('it contains a trigger (%1), which plan files never have', None): '其中包含触发器（%1），计划文件不应有触发器',
    ('it contains a view (%1), which plan files never have', None): '其中包含视图（%1），计划文件不应有视图',
    ('it contains a virtual table (%1), which plan files never have', None): '其中包含虚拟表（%1），计划文件不应有虚拟表',
    ('the %1 %2 is missing', None): '缺少 %1 %2',
    ('the %1 %2 has been altered', None): '%1 %2 已被修改',
    ('it contains an unknown %1 %2', None): '其中包含未知的 %1 %2',
    ('Cannot open “%1”: %2.', None): '无法打开“%1”：%2。',
    ('the file does not exist', None): '文件不存在',
    ('it is a folder, not a plan file', None): '这是一个文件夹，不是计划文件',
    ('it is a SQLite database, but not a Cohort Planner plan', None): '这是 SQLite 数据库，但不是培训班规划计划文件',
    ('it is a SQLite database of another application (application id 0x%1), not a Cohort Planner plan', None):
        '这是其他应用程序的 SQLite 数据库（应用 ID 0x%1），不是培训班规划计划文件',
    ('it was written by a newer version of Cohort Planner (plan format %1; this version reads formats up to %2). Update Cohort Planner to open it', None):
        '该文件由更新版本的培训班规划写入（计划格式 %1；本版本最高可读格式 %2）。请升级培训班规划后再打开',
    (' (and %1 more problems)', None): '（另有 %1 个问题）',
    ('it failed its checks: %1', None): '文件检查未通过：%1',
    ('it is in an older plan format (%1) that must be upgraded; open it for editing to upgrade it', None):
        '该文件为旧的计划格式（%1），需要升级；请以可编辑方式打开以升级',
    ('the backup copy taken before upgrading it could not be written (%1); the file was left as it was', None):
        '升级前无法写入备份副本（%1）；文件保持原样',
    ('upgrading it from plan format %1 failed (%2); the file was left as it was, and a backup copy is at “%3”', None):
        '从计划格式 %1 升级失败（%2）；文件保持原样，备份副本位于“%3”',
    ('Cannot create “%1”: %2', None): '无法创建“%1”：%2',
    ("application id is 0x%1, not Cohort Planner's 0x%2", None): '应用 ID 为 0x%1，而不是培训班规划的 0x%2',
    ('plan format is %1, this version writes %2', None): '计划格式为 %1，本版本写入格式 %2',
    ('a plan cannot be saved over itself', None): '不能将计划另存为其自身',
    ('Cannot save a copy to “%1”: %2', None): '无法将副本保存到“%1”：%2',
    ('A transaction could not be started: %1', None): '无法开始事务：%1',
    ('The changes could not be written to the plan file: %1', None): '无法将更改写入计划文件：%1',
    ('it cannot be read (%1)', None): '无法读取该文件（%1）',
    ('it is empty (0 bytes), not a plan file', None): '文件为空（0 字节），不是计划文件',
    ('it is not a SQLite database, so it cannot be a Cohort Planner plan', None): '该文件不是 SQLite 数据库，因此不是培训班规划计划文件',
    ('its SQLite header is damaged (page size %1)', None): 'SQLite 文件头已损坏（页大小 %1）',
    ('it is truncated or damaged (%1 bytes is not a whole number of %2-byte pages)', None): '文件被截断或已损坏（%1 字节不是 %2 字节页的整数倍）',
    ('it is truncated: the header promises %1 bytes but the file has %2', None): '文件被截断：文件头表明应有 %1 字节，实际只有 %2 字节',
    ('the SQLite driver does not expose its connection handle', None): 'SQLite 驱动未提供连接句柄',
    ('SQLite refused to turn on its defensive settings', None): 'SQLite 拒绝启用防护设置',
    ('row %1 of table %2 refers to a missing record in %3', None): '表 %2 的第 %1 行引用了 %3 中不存在的记录',
    ('(more problems not listed)', None): '（更多问题未列出）',
    ('the copy failed its integrity check: %1', None): '副本未通过完整性检查：%1',
    ('The record %1 of %2 no longer exists.', None): '%2 中的记录 %1 已不存在。',
    ('The plan file could not be read or written: %1 (statement: %2)', None): '无法读写计划文件：%1（语句：%2）',
    # CSV
    ('the file is empty', None): '文件为空',
    ('line 1: the header must start with the columns date,kind', None): '第 1 行：表头必须以 date,kind 两列开始',
    ('line %1', None): '第 %1 行',
    ('%1: expected at least the columns date and kind', None): '%1：至少需要 date 和 kind 两列',
    ('%1, column date: “%2” is not a date (expected YYYY-MM-DD)', None): '%1，date 列：“%2”不是日期（应为 YYYY-MM-DD）',
    ('%1, column kind: “%2” must be holiday or workday', None): '%1，kind 列：“%2”必须是 holiday 或 workday',
    ('%1: %2 is a weekday; only a weekend day can be a make-up working day', None): '%1：%2 是工作日；只有周末才能是调休上班日',
    ('%1: %2 is listed twice', None): '%1：%2 重复出现',
    ('line %1: a quote inside an unquoted field', None): '第 %1 行：未加引号的字段中出现引号',
    ('line %1: text after a closing quote', None): '第 %1 行：右引号后还有文本',
    ('line %1: a quoted field is never closed', None): '第 %1 行：加引号的字段没有结束引号',
    # Tables
    ('Date', None): '日期', ('Weekday', None): '星期', ('Kind', None): '类型', ('Name', None): '姓名',
    ('Chinese name', None): '中文名称', ('Cohort', None): '班级', ('Course', None): '课程', ('Track', None): '方向',
    ('Start', None): '开始', ('End', None): '结束', ('Days', None): '天数', ('Mode', None): '方式',
    ('Venue', None): '场地', ('District', None): '区', ('Seats', None): '座位', ('Waitlist', None): '候补',
    ('Lead instructor', None): '主讲教师', ('Status', None): '状态', ('(none)', None): '（无）',
    ('Code', None): '编号', ('Title', None): '名称', ('Chinese title', None): '中文名称', ('Level', None): '级别',
    ('Hours/day', None): '每日学时', ('Default seats', None): '默认座位', ('Qualification awarded', None): '授予资格',
    ('Cohorts', None): '班级', ('Certified', None): '已认证', ('Home district', None): '所在区',
    ('Qualifications', None): '授课资质', ('Next expiry', None): '最近到期', ('Teaching days', None): '授课天数',
    ('Max days/year', None): '年度上限', ('Leave days', None): '请假天数', ('Max days/week', None): '每周上限',
    ('Max days/month', None): '每月上限', ('Email', None): '电子邮箱', ('Phone', None): '电话',
    ('Cohorts with a session in %1', None): '%1 年有课的班级数',
    ('Distinct days with a session in %1', None): '%1 年有课的天数',
    ('Days of leave in %1', None): '%1 年请假天数',
    ('The next date on which one of the qualifications expires', None): '最近一项资质的到期日期',
    ('ID number', None): '身份证号', ('Employer', None): '工作单位', ('Enrollments', None): '报名次数',
    ('Latest cohort', None): '最近班级', ('Latest start', None): '最近开班', ('Highest certificate', None): '最高证书',
    ('Address', None): '地址', ('Sessions', None): '课次', ('On site', None): '线下',
    ('Colour', None): '颜色', ('Target', None): '目标', ('Planned seats', None): '计划座位',
    ('Seats / target', None): '座位/目标', ('Trained', None): '已培训', ('Certification target', None): '认证目标',
    ('Trainees to train this year', None): '本年度培训目标人数',
    ('Seats of the cohorts starting this year (cancelled ones excluded)', None): '本年度开班班级的座位数（不含已取消）',
    ('Planned seats as a share of the target', None): '计划座位占目标的比例',
    ('Trainees holding a seat: enrolled, completed or failed', None): '占用座位的学员：已报名、已结业或未通过',
    ('Trainees who completed a course this year', None): '本年度结业的学员',
    ('Certificates awarded this year', None): '本年度颁发的证书',
    # Dashboard
    ('Plan overview', None): '计划概览', ('&Year:', None): '年度(&Y)：',
    ('Engineers to train this year, all tracks', None): '本年度各方向合计培训工程师人数',
    ('Seats in the cohorts that start this year (cancelled cohorts excluded)', None): '本年度开班班级的座位（不含已取消班级）',
    ('Trainees who completed their course', None): '完成课程的学员',
    ('Trainees', None): '学员', ('Could not load: %1', None): '无法加载：%1', ('Loading…', None): '正在加载…',
    ('This plan has no targets or cohorts yet.', None): '该计划还没有目标或班级。',
    ('Targets of %1 against the cohorts and trainees in the plan.', None): '%1 年目标与计划中的班级和学员对比。',
    ('certify %1', None): '认证 %1',
    ('%1 of target', None): '完成目标的 %1', ('%1 of certification target', None): '完成认证目标的 %1',
    # Main window
    ('Cohort plans (*.cohortplan);;All files (*)', None): '培训计划 (*.cohortplan);;所有文件 (*)',
    ('Could not read the plan: %1', None): '无法读取计划：%1',
    ('Instructors', None): '教师', ('Tracks', None): '方向', ('Courses', None): '课程', ('Venues', None): '场地',
    ('Work calendar', None): '工作日历', ('Dashboard', None): '概览', ('Courses & Tracks', None): '课程与方向',
    ('Calendar', None): '日历', ('&File', None): '文件(&F)', ('&New Plan…', None): '新建计划(&N)…',
    ('New &Demo Plan…', None): '新建示例计划(&D)…', ('&Open…', None): '打开(&O)…', ('Open &Recent', None): '最近打开(&R)',
    ('Save &As…', None): '另存为(&A)…', ('&Quit', None): '退出(&Q)', ('&View', None): '视图(&V)', ('&Help', None): '帮助(&H)',
    ('&About Cohort Planner', None): '关于培训班规划(&A)', ('About &Qt', None): '关于 &Qt',
    ('Cannot open the plan', None): '无法打开计划',
    ('The plan was upgraded from format %1; the original is kept at %2', None): '计划已从格式 %1 升级；原文件保存在 %2',
    ('Creating the demo plan…', None): '正在创建示例计划…', ('Cannot create the demo plan', None): '无法创建示例计划',
    ('New Plan', None): '新建计划', ('plan.cohortplan', None): '计划.cohortplan', ('Cannot create the plan', None): '无法创建计划',
    ('New Demo Plan', None): '新建示例计划', ('demo.cohortplan', None): '示例.cohortplan', ('Open Plan', None): '打开计划',
    ('Save Plan As', None): '计划另存为', ('Cannot save the plan', None): '无法保存计划', ('Saved as %1', None): '已另存为 %1',
    ('About Cohort Planner', None): '关于培训班规划',
    ('<h3>Cohort Planner %1</h3><p>Plans the cohorts, instructors and trainees of engineer training programmes against their yearly targets.</p><p>Copyright © 2026 the Cohort Planner developers.<br>Licensed under the GNU General Public License, version 3 or later.</p><p>Uses Qt %2, SQLite and QCustomPlot.</p>', None):
        '<h3>培训班规划 %1</h3><p>按年度目标规划工程师培训项目的班级、教师和学员。</p><p>版权所有 © 2026 培训班规划开发者。<br>依据 GNU 通用公共许可证第 3 版或更高版本授权。</p><p>使用 Qt %2、SQLite 和 QCustomPlot。</p>',
    ('Cohort Planner', None): '培训班规划', ('%1 — Cohort Planner', None): '%1 — 培训班规划',
    ('%1 (read-only) — Cohort Planner', None): '%1（只读）— 培训班规划',
    ('%1 cohorts · %2 instructors · %3 trainees · %4 enrollments', None): '%1 个班级 · %2 名教师 · %3 名学员 · %4 人次报名',
    ('(no recent plans)', None): '（无最近计划）', ('&Clear List', None): '清除列表(&C)',
    ('Plan training cohorts, instructors and trainees against yearly targets.', None): '按年度目标规划培训班级、教师和学员。',
    ('The plan file to open.', None): '要打开的计划文件。',
    ('Tracks against their targets', None): '各方向与目标对比',
    ('Forecast for the year', None): '全年预测',
    ('tracks', None): '方向',
    ('unknown chart kind “%1” (choose one of: %2)', None): '未知的图表类型“%1”（可选：%2）',
    ('the plan has no targets or cohorts in %1', None): '该计划在 %1 年没有目标或班级',
    ('PNG image (*.png)', None): 'PNG 图像 (*.png)',
    ('SVG image (*.svg)', None): 'SVG 图像 (*.svg)',
    ('PDF document (*.pdf)', None): 'PDF 文档 (*.pdf)',
    ('Export chart', None): '导出图表',
    ('%1 — %2: %3', None): '%1 — %2：%3',
    ('Cannot export the chart to %1: the size %2×%3 is empty.', None): '无法将图表导出到 %1：尺寸 %2×%3 为空。',
    ('Cannot export the chart to %1: the file type is unknown. Name the file with .png, .svg or .pdf at the end.', None): '无法将图表导出到 %1：未知的文件类型。请以 .png、.svg 或 .pdf 作为文件扩展名。',
    ('Cannot write the chart to %1: %2', None): '无法将图表写入 %1：%2',
    ('Cannot write the chart to %1.', None): '无法将图表写入 %1。',
    ('Export chart…', None): '导出图表…',
    ('Show the progress of some tracks only', None): '只显示部分方向的进度',
    ('&District:', None): '区(&D)：',
    ('Export PDF…', None): '导出 PDF…',
    ('Save this page as a one-page PDF report', None): '将本页保存为单页 PDF 报告',
    ('In training now', None): '当前在训',
    ('Seats to come', None): '待开座位',
    ('Progress', None): '进度',
    ('By month and track', None): '按月份和方向',
    ('Tracks against targets', None): '方向与目标',
    ('Instructor utilisation', None): '教师工作量',
    ('All years', None): '全部年度',
    ('All districts', None): '全部区',
    ('All tracks', None): '全部方向',
    ('This plan has no tracks, targets or cohorts for %1 yet.', None): '该计划在 %1 年还没有方向、目标或班级。',
    ('Progress of %1 as of %2. Trained: trainees who completed a cohort that ended in the year; the forecast adds the remaining cohorts at the usual completion rate (%3).', None): '%1 年截至 %2 的进度。已培训：在本年度结班的班级中结业的学员；预测按通常结业率（%3）加上其余班级。',
    ('%1 of the target of %2', None): '目标 %2 的 %1',
    ('Trained, by track', None): '已培训（按方向）',
    ('%1 of %2', None): '%1 / %2',
    ('Certified, by track', None): '已认证（按方向）',
    ('in cohorts running on %1', None): '%1 正在进行的班级',
    ('In training now, by track', None): '当前在训（按方向）',
    ('in cohorts still to finish this year', None): '本年度尚未结班的班级',
    ('Seats to come, by track', None): '待开座位（按方向）',
    ('%1 of target: %2 short', None): '完成目标的 %1：差 %2',
    ('Forecast for the year, by track', None): '全年预测（按方向）',
    ('%1 (%2 of target)', None): '%1（目标的 %2）',
    ('Export Dashboard', None): '导出概览',
    ('progress-%1.pdf', None): '进度-%1.pdf',
    ('PDF files (*.pdf)', None): 'PDF 文件 (*.pdf)',
    ('Cannot export the dashboard', None): '无法导出概览',
    ('Progress %1', None): '%1 年进度',
    ('Cannot write “%1”: the file could not be opened for writing.', None): '无法写入“%1”：无法打开文件进行写入。',
    ('Training progress %1', None): '%1 年培训进度',
    ('Cannot write “%1”.', None): '无法写入“%1”。',
    ('Targets and results by year', None): '各年度目标与结果',
    ('Year', None): '年度',
    ('years', None): '年度',
    ('Progress against the target', None): '目标完成进度',
    ('Trained (cumulative)', None): '已培训（累计）',
    ('Certified (cumulative)', None): '已认证（累计）',
    ('Forecast trained', None): '预测培训',
    ('Forecast certified', None): '预测认证',
    ('Month', None): '月份',
    ('progress', None): '进度',
    ('% of target', None): '目标完成率',
    ('Forecast', None): '预测',
    ('Forecast %', None): '预测完成率',
    ('In training', None): '在训',
    ('Trainees who completed a cohort that ended this year', None): '在本年度结班的班级中结业的学员',
    ('Trained by the end of the year if the remaining cohorts complete at the usual rate', None): '其余班级按通常结业率结业时，到年底的培训人数',
    ('Trainees in cohorts running today', None): '今天正在进行的班级中的学员',
    ('Seats of the cohorts still to finish this year', None): '本年度尚未结班的班级座位',
    ('&Show:', None): '显示(&S)：',
    ('Results by month and track', None): '按月份和方向的结果',
    ('monthly-by-track', None): '按月份和方向',
    ('Within the limit', None): '未超上限',
    ('Over the limit', None): '超过上限',
    ('Instructor', None): '教师',
    ('% of yearly limit', None): '占年度上限的百分比',
    ('utilisation', None): '工作量',
    ('Render a chart (progress, tracks, capacity, utilisation, years) and exit.', None): '渲染图表（progress、tracks、capacity、utilisation、years）后退出。',
    ("The chart's year.", None): '图表的年度。',
    ('Progress as of this date.', None): '截至该日期的进度。',
    ('The chart file to write.', None): '要写入的图表文件。',
    ("The chart's size, WIDTHxHEIGHT.", None): '图表尺寸，宽x高。',
    ('morning', None): '上午',
    ('afternoon', None): '下午',
    ('evening', None): '晚上',
    ('Instructor double-booked', None): '教师时间冲突',
    ('Not qualified', None): '无授课资质',
    ('Qualification lapsed', None): '资质已失效',
    ('On leave', None): '请假期间',
    ('Over weekly limit', None): '超过每周上限',
    ('Over monthly limit', None): '超过每月上限',
    ('Over yearly limit', None): '超过年度上限',
    ('Venue double-booked', None): '场地冲突',
    ('Venue too small', None): '场地座位不足',
    ('Non-working day', None): '非工作日',
    ('No lead instructor', None): '无主讲教师',
    ('Over capacity', None): '超出容量',
    ('Off', None): '关闭',
    ('Warn', None): '警告',
    ('Block', None): '阻止',
    ('Instructor #%1', None): '教师 #%1',
    ('#%1', None): '#%1',
    ('%1 is booked twice on %2 (%3): cohorts %4 and %5.', None): '%1 在 %2（%3）被重复安排：班级 %4 和 %5。',
    ('%1 (%2, %3)', None): '%1（%2，%3）',
    ('%1 holds no qualification for %2 but is assigned to cohort %3, starting %4.', None): '%1 没有 %2 的授课资质，却被安排到 %4 开班的班级 %3。',
    ('%1 holds no qualification for %2 but is assigned to cohort %3.', None): '%1 没有 %2 的授课资质，却被安排到班级 %3。',
    ('%1 has %2 teaching days in the week of %3 (week %4 of %5), limit %6.', None): '%1 在 %3 这一周（%5 年第 %4 周）有 %2 个授课日，上限为 %6。',
    ('%1 has %2 teaching days in %3, limit %4.', None): '%1 在 %3 有 %2 个授课日，上限为 %4。',
    ('Cohort %1 has %2 seats but venue %3 holds only %4.', None): '班级 %1 有 %2 个座位，但场地 %3 只能容纳 %4 人。',
    ('Cohort %1 has a session on %2 (%3), which is not a working day.', None): '班级 %1 在 %2（%3）有课，但当天不是工作日。',
    ('Cohort %1 has no lead instructor; it starts on %2.', None): '班级 %1 没有主讲教师；该班于 %2 开班。',
    ('Cohort %1 has no lead instructor.', None): '班级 %1 没有主讲教师。',
    ('Cohort %1 has %2 trainees holding seats but a capacity of %3.', None): '班级 %1 有 %2 名学员占用座位，但容量只有 %3。',
    ('Severity', None): '严重程度',
    ('Rule', None): '规则',
    ('What is wrong', None): '问题说明',
    ('Conflicts', None): '冲突',
    ('All rules', None): '全部规则',
    ('Blocking and warnings', None): '阻止和警告',
    ('Rule:', None): '规则：',
    ('Severity:', None): '严重程度：',
    ('line %1, column %2', None): '第 %1 行，%2 列',
    ('the header must start with the columns date,kind', None): '表头必须以 date,kind 两列开始',
    ('expected at least the columns date and kind', None): '至少需要 date 和 kind 两列',
    ('“%1” is not a date (expected YYYY-MM-DD)', None): '“%1”不是日期（应为 YYYY-MM-DD）',
    ('“%1” must be holiday or workday', None): '“%1”必须是 holiday 或 workday',
    ('%1 is a weekday; only a weekend day can be a make-up working day', None): '%1 是工作日；只有周末才能是调休上班日',
    ('%1 is listed twice', None): '%1 重复出现',
    ('Cannot read “%1”: %2', None): '无法读取“%1”：%2',
    ('Cannot read “%1”: it is larger than %2 MB', None): '无法读取“%1”：文件大于 %2 MB',
    ('Cannot read “%1”: it is not UTF-8 and this system cannot decode GB18030', None): '无法读取“%1”：文件不是 UTF-8，且本系统无法解码 GB18030',
    ('Cannot read “%1”: it is neither UTF-8 nor GB18030 text', None): '无法读取“%1”：文件既不是 UTF-8 也不是 GB18030 文本',
    ('<b>Bold</b> in the track\'s colour: teaching · %1 leave · <span style="color:%2">public holiday</span> · <span style="color:%3">make-up workday</span>', None): '以方向颜色<b>加粗</b>：授课 · %1 请假 · <span style="color:%2">法定节假日</span> · <span style="color:%3">调休上班日</span>',
    ('Select an instructor to see their calendar and load.', None): '选择一位教师以查看其日历和工作量。',
    ('Teaching days: week %1: %2 · %3: %4 · %5: %6', None): '授课天数：第 %1 周：%2 · %3：%4 · %5 年：%6',
    ('On leave %1 – %2: %3', None): '请假 %1 – %2：%3',
    ('No sessions', None): '无课程',
    ('Import…', None): '导入…',
    ('Import holidays and make-up working days from a CSV file (columns date,kind,name,name_zh)', None): '从 CSV 文件导入法定节假日和调休上班日（列：date,kind,name,name_zh）',
    ('Import Work &Calendar…', None): '导入工作日历(&C)…',
    ('Import Work Calendar', None): '导入工作日历',
    ('CSV files (*.csv);;All files (*)', None): 'CSV 文件 (*.csv);;所有文件 (*)',
    ('Cannot import the calendar', None): '无法导入日历',
    ('Nothing was imported from %1:\n\n%2', None): '未从 %1 导入任何内容：\n\n%2',
    ('Import %1 new and %2 changed day(s) from %3?', None): '从 %3 导入 %1 个新日期和 %2 个更改的日期？',
    ('Imported the work calendar: %1 new, %2 changed day(s).', None): '已导入工作日历：%1 个新日期，%2 个更改。',
    ('Move %1 to %2 (%3, %4 seats), free at all its sessions', None): '将 %1 移到 %2（%3，%4 个座位），所有课次均空闲',
    ('Suggested fixes for the selected conflict', None): '所选冲突的建议解决办法',
    ('No change of instructor, dates or venue clears this conflict on its own.', None): '单独更换教师、日期或场地都无法解决此冲突。',
    ('Plan in use', None): '计划正在使用',
    ('“%1” is open for editing in another Cohort Planner (%2).\n\nOpen it read-only?', None): '“%1”正在另一个培训班规划中编辑（%2）。\n\n以只读方式打开？',
    ('it is open for editing in another Cohort Planner (%1); open it read-only to look at it', None): '它正在另一个培训班规划中编辑（%1）；请以只读方式打开查看',
    ('its lock file “%1” cannot be created (the folder may be read-only); open it read-only to look at it', None): '无法创建其锁文件“%1”（文件夹可能为只读）；请以只读方式打开查看',
    ('Cannot create “%1”: a plan of that name is open for editing in another Cohort Planner (%2)', None): '无法创建“%1”：同名计划正在另一个培训班规划中编辑（%2）',
    ('someone else', None): '其他人',
    ('process %1 on %2', None): '%2 上的进程 %1',
    ('Cannot save a copy to “%1”: that plan is open for editing in another Cohort Planner (%2)', None): '无法将副本保存到“%1”：该计划正在另一个培训班规划中编辑（%2）',
    ('When', None): '时间',
    ('Who', None): '操作人',
    ('Action', None): '操作',
    ('Table', None): '表',
    ('Record', None): '记录',
    ('Change', None): '更改内容',
    ('Added', None): '新增',
    ('Changed', None): '修改',
    ('Deleted', None): '删除',
    ('Imported', None): '导入',
    ('Generated', None): '生成',
    ('Upgraded', None): '升级',
    ('History', None): '历史记录',
}
# Plural forms: (Chinese, English singular, English plural)
NUMERUS = {
    '%1 of target, %n cohort(s)': ('完成目标的 %1，%Ln 个班级', '%1 of target, %Ln cohort', '%1 of target, %Ln cohorts'),
    '%n waitlisted': ('%Ln 人候补', '%Ln waitlisted', '%Ln waitlisted'),
    '%n cohort(s), all years': ('%Ln 个班级（全部年度）', '%Ln cohort, all years', '%Ln cohorts, all years'),
    '%n instructor(s); load and leave for %1': ('%Ln 名教师；%1 年的工作量和请假', '%Ln instructor; load and leave for %1', '%Ln instructors; load and leave for %1'),
    '%n trainee(s)': ('%Ln 名学员', '%Ln trainee', '%Ln trainees'),
    '%n track(s)': ('%Ln 个方向', '%Ln track', '%Ln tracks'),
    '%n course(s)': ('%Ln 门课程', '%Ln course', '%Ln courses'),
    '%n venue(s)': ('%Ln 个场地', '%Ln venue', '%Ln venues'),
    '%n exception(s) to the Monday–Friday week: public holidays and make-up working days':
        ('%Ln 个例外日期：法定节假日和调休上班日', '%Ln exception to the Monday–Friday week: public holidays and make-up working days',
         '%Ln exceptions to the Monday–Friday week: public holidays and make-up working days'),
    '%n row(s)': ('%Ln 行', '%Ln row', '%Ln rows'),
    '%n change(s), newest first: who changed what, and when': ('%Ln 条更改，最新的在前：谁在何时改了什么', '%Ln change, newest first: who changed what, and when', '%Ln changes, newest first: who changed what, and when'),
    '%n conflict(s). %1': ('%Ln 个冲突。%1', '%Ln conflict. %1', '%Ln conflicts. %1'),
    'Make %1 the lead of %2 (qualified and free; %n teaching day(s) booked so far)': ('让 %1 担任 %2 的主讲（有资质且有空；目前已排 %Ln 个授课日）', 'Make %1 the lead of %2 (qualified and free; %Ln teaching day booked so far)', 'Make %1 the lead of %2 (qualified and free; %Ln teaching days booked so far)'),
    'Replace %1 by %2 in %3 (qualified and free; %n teaching day(s) booked so far)': ('在 %3 中由 %2 替换 %1（有资质且有空；目前已排 %Ln 个授课日）', 'Replace %1 by %2 in %3 (qualified and free; %Ln teaching day booked so far)', 'Replace %1 by %2 in %3 (qualified and free; %Ln teaching days booked so far)'),
    ' — leaves %n warning(s)': ('——仍有 %Ln 个警告', ' — leaves %Ln warning', ' — leaves %Ln warnings'),
    'Move %1 %n week(s) later, to start on %2': ('将 %1 推迟 %Ln 周，于 %2 开班', 'Move %1 %Ln week later, to start on %2', 'Move %1 %Ln weeks later, to start on %2'),
    'Move %1 %n week(s) earlier, to start on %2': ('将 %1 提前 %Ln 周，于 %2 开班', 'Move %1 %Ln week earlier, to start on %2', 'Move %1 %Ln weeks earlier, to start on %2'),
    '… and %n more.': ('……另有 %Ln 个。', '… and %Ln more.', '… and %Ln more.'),
    'The plan already has all %n day(s) of this file.': ('计划中已有该文件的全部 %Ln 个日期。', 'The plan already has the %Ln day of this file.', 'The plan already has all %Ln days of this file.'),
    'The qualification of %1 for %2 expired after %3: cohort %4 has %n session date(s) without a valid qualification, the first on %5.': ('%1 的 %2 资质已于 %3 后失效：班级 %4 有 %Ln 个上课日期没有有效资质，第一个是 %5。', 'The qualification of %1 for %2 expired after %3: cohort %4 has %Ln session date without a valid qualification, on %5.', 'The qualification of %1 for %2 expired after %3: cohort %4 has %Ln session dates without a valid qualification, the first on %5.'),
    'The qualification of %1 for %2 is valid only from %3: cohort %4 has %n session date(s) without a valid qualification, the first on %5.': ('%1 的 %2 资质自 %3 起才有效：班级 %4 有 %Ln 个上课日期没有有效资质，第一个是 %5。', 'The qualification of %1 for %2 is valid only from %3: cohort %4 has %Ln session date without a valid qualification, on %5.', 'The qualification of %1 for %2 is valid only from %3: cohort %4 has %Ln session dates without a valid qualification, the first on %5.'),
    '%1 is on leave from %2 to %3 but teaches cohort %4 on %n date(s) then, the first on %5.': ('%1 在 %2 至 %3 请假，但在此期间要在 %Ln 个日期为班级 %4 授课，第一个是 %5。', '%1 is on leave from %2 to %3 but teaches cohort %4 on %Ln date then, on %5.', '%1 is on leave from %2 to %3 but teaches cohort %4 on %Ln dates then, the first on %5.'),
    '%1 is on leave from %2 to %3 (%4) but teaches cohort %5 on %n date(s) then, the first on %6.': ('%1 在 %2 至 %3 请假（%4），但在此期间要在 %Ln 个日期为班级 %5 授课，第一个是 %6。', '%1 is on leave from %2 to %3 (%4) but teaches cohort %5 on %Ln date then, on %6.', '%1 is on leave from %2 to %3 (%4) but teaches cohort %5 on %Ln dates then, the first on %6.'),
    '%n conflict(s) shown: %1 blocking and %2 warnings in the whole plan. Double-click one to go to its cohort.': ('显示 %Ln 个冲突：整个计划中有 %1 个阻止、%2 个警告。双击可转到对应班级。', '%Ln conflict shown: %1 blocking and %2 warnings in the whole plan. Double-click it to go to its cohort.', '%Ln conflicts shown: %1 blocking and %2 warnings in the whole plan. Double-click one to go to its cohort.'),
    '%n track(s)': ('%Ln 个方向', '%Ln track', '%Ln tracks'),
    '%1 %2: %3 / %Ln day(s) (%4%)': ('%1 %2：%3 / %Ln 天（%4%）', '%1 %2: %3 / %Ln day (%4%)', '%1 %2: %3 / %Ln days (%4%)'),
}


def fill(path, chinese):
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().iter('context'):
        fill_context(context, context.find('name').text, chinese, missing)
    tree.write(path, encoding='utf-8', xml_declaration=True)
    return missing


# Where one English word needs different Chinese in one place: (context, source).
ZH_IN_CONTEXT = {
    ('Planner::CalendarTableModel', 'Name'): '名称',
    ('Planner::CalendarTableModel', 'Chinese name'): '中文名称',
}


def fill_context(context_element, context, chinese, missing):
    for message in context_element.iter('message'):
        source = message.find('source').text
        comment = message.find('comment')
        key = (source, comment.text if comment is not None else None)
        translation = message.find('translation')
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop('type', None)
        if message.get('numerus') == 'yes':
            forms = NUMERUS.get(source)
            if not forms:
                missing.append(source)
                translation.set('type', 'unfinished')
                continue
            for text in (forms[:1] if chinese else forms[1:]):
                ET.SubElement(translation, 'numerusform').text = text
        elif chinese:
            text = ZH_IN_CONTEXT.get((context, source)) or ZH.get(key) or ZH.get((source, None))
            if text is None:
                missing.append(source)
                translation.set('type', 'unfinished')
            else:
                translation.text = text
        else:
            translation.set('type', 'unfinished')  # English source text is used as is


root = Path(__file__).resolve().parent.parent / 'resources' / 'translations'
missing = fill(root / 'cohortplanner_zh_CN.ts', True)
fill(root / 'cohortplanner_en.ts', False)
for m in missing:
    print('untranslated:', m, file=sys.stderr)
sys.exit(1 if missing else 0)
