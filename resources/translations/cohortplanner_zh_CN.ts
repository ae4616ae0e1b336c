<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Ics</name>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>That changes nothing.</source>
        <translation>这不会改变任何内容。</translation>
    </message>
    <message>
        <source>The course was deleted meanwhile; nothing was changed.</source>
        <translation>该课程已被删除；未作任何更改。</translation>
    </message>
</context>
<context>
    <name>Planner::AssignDialog</name>
    <message>
        <source>Rea&amp;son for assigning despite the warnings:</source>
        <translation>存在警告仍要安排的理由(&amp;S)：</translation>
    </message>
    <message>
        <source>Assign an instructor to %1</source>
        <translation>为 %1 安排教师</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Teaching days (week · month · year)</source>
        <translation>授课天数（周 · 月 · 年）</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选教师</translation>
    </message>
    <message>
        <source>e.g. agreed with the instructor and their manager</source>
        <translation>例如：已与教师及其主管商定</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Best first: free and qualified, then fewest warnings, the least loaded, and those living in the venue's district. Blocked instructors cannot be assigned.</source>
        <translation>最合适的排在前面：有空且具备资质者优先，其次是警告最少、负荷最轻、住在场地所在区的教师。有阻断性冲突的教师不能安排。</translation>
    </message>
    <message>
        <source>Free and qualified</source>
        <translation>有空且具备资质</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>不可安排</translation>
    </message>
    <message>
        <source>%1/%2 · %3/%4 · %5/%6</source>
        <translation>%1/%2 · %3/%4 · %5/%6</translation>
    </message>
    <message>
        <source>Days already booked in the week, month and year of the cohort's first session, against the instructor's limits</source>
        <translation>班级首次课所在周、月、年中该教师已排的授课天数，以及其上限</translation>
    </message>
    <message>
        <source>Lives nearby</source>
        <translation>住在附近</translation>
    </message>
    <message>
        <source>No rule objects: qualified, free and under the limits.</source>
        <translation>没有规则反对：具备资质、有空且未超出上限。</translation>
    </message>
    <message>
        <source>Choose an instructor.</source>
        <translation>请选择一位教师。</translation>
    </message>
    <message>
        <source>%1 cannot be assigned: %2</source>
        <translation>不能安排 %1：%2</translation>
    </message>
    <message>
        <source>%1 can be assigned with a reason: %2</source>
        <translation>可以安排 %1，但需填写理由：%2</translation>
    </message>
    <message>
        <source>%1 is qualified, free on every session date and under their limits.</source>
        <translation>%1 具备资质，每个上课日期都有空，且未超出上限。</translation>
    </message>
    <message>
        <source>Rea&amp;son for this assignment:</source>
        <translation>此项安排的原因(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>Planner::AssignmentChangeModel</name>
    <message>
        <source>(nobody)</source>
        <translation>（无人）</translation>
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
        <source>Cohort</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>Planner::AssignmentSolver</name>
    <message>
        <source>lead</source>
        <translation>主讲</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>助教</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more like it)</source>
        <translation><numerusform>%1（另有 %Ln 个类似）</numerusform></translation>
    </message>
    <message>
        <source>%1 can no longer teach %2: %3</source>
        <translation>%1 不能再教 %2：%3</translation>
    </message>
    <message>
        <source>%1 had no %2; %3 is free and qualified.</source>
        <translation>%1 没有%2；%3 有空且具备资质。</translation>
    </message>
    <message>
        <source>Nobody can take %1 as %2 without breaking a rule.</source>
        <translation>没有人能在不违反规则的情况下担任 %1 的%2。</translation>
    </message>
    <message>
        <source>A better balance of load, travel and preferences than keeping %1, worth more than the cost of the change.</source>
        <translation>比保留 %1 更能平衡工作量、出行和偏好，收益大于变更的代价。</translation>
    </message>
    <message>
        <source>Staffed afresh: %1 fits the balance of load, travel and preferences better.</source>
        <translation>重新安排：%1 更符合工作量、出行和偏好的平衡。</translation>
    </message>
    <message>
        <source>already teaches this cohort in another role</source>
        <translation>已在该班级担任另一角色</translation>
    </message>
    <message>
        <source>free, but taking this cohort would leave a more important one unstaffed</source>
        <translation>有空，但接下该班级会让更重要的班级无人可派</translation>
    </message>
    <message>
        <source>Cohort %1 has no course, so no instructor can be judged qualified.</source>
        <translation>班级 %1 没有课程，因此无法判断教师是否具备资质。</translation>
    </message>
    <message>
        <source>Cohort %1 needs a %2 but no instructor is qualified for %3.</source>
        <translation>班级 %1 需要一名%2，但没有教师具备 %3 的资质。</translation>
    </message>
    <message numerus="yes">
        <source>Cohort %1 needs a %2; %n qualified instructor(s), none free: %3 (and %4 more)</source>
        <translation><numerusform>班级 %1 需要一名%2；有 %Ln 名具备资质的教师，但都没空：%3（另有 %4 个）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Cohort %1 needs a %2; %n qualified instructor(s), none free: %3</source>
        <translation><numerusform>班级 %1 需要一名%2；有 %Ln 名具备资质的教师，但都没空：%3</numerusform></translation>
    </message>
</context>
<context>
    <name>Planner::AssumptionTableModel</name>
    <message>
        <source>Track or course</source>
        <translation>方向或课程</translation>
    </message>
    <message>
        <source>Seats
taken</source>
        <translation>座位
使用率</translation>
    </message>
    <message>
        <source>No-
shows</source>
        <translation>未到
比例</translation>
    </message>
    <message>
        <source>Comp-
letion</source>
        <translation>结业率</translation>
    </message>
    <message>
        <source>Certi-
fied</source>
        <translation>取证率</translation>
    </message>
    <message>
        <source>Rates from</source>
        <translation>比率来源</translation>
    </message>
    <message>
        <source>Share of a cohort's seats that are taken</source>
        <translation>班级座位中被占用的比例</translation>
    </message>
    <message>
        <source>Share of those holding a seat who never start</source>
        <translation>占有座位但从未开始学习的比例</translation>
    </message>
    <message>
        <source>Share of those who start who complete the course</source>
        <translation>开始学习者中完成课程的比例</translation>
    </message>
    <message>
        <source>Share of those who complete who are certified</source>
        <translation>结业者中取得证书的比例</translation>
    </message>
    <message>
        <source>as its track: %1</source>
        <translation>同所属方向：%1</translation>
    </message>
    <message>
        <source>from %1 actuals: %2</source>
        <translation>来自 %1 年实际：%2</translation>
    </message>
    <message>
        <source>the documented default: %1</source>
        <translation>文档中的默认值：%1</translation>
    </message>
    <message>
        <source>Set in the plan. Clear the cell to go back to %1.</source>
        <translation>已在方案中设定。清空此格即恢复为%1。</translation>
    </message>
    <message>
        <source>its track</source>
        <translation>所属方向</translation>
    </message>
    <message>
        <source>%1 actuals</source>
        <translation>%1 年实际</translation>
    </message>
    <message>
        <source>defaults</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>“%1” is not a percentage.</source>
        <translation>“%1”不是百分比。</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s) set for the course</source>
        <translation><numerusform>课程自设 %Ln 项</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n rate(s) set in the plan</source>
        <translation><numerusform>%1，方案中设定 %Ln 项</numerusform></translation>
    </message>
    <message>
        <source>Share of
new cohorts</source>
        <translation>新班
占比</translation>
    </message>
    <message>
        <source>A course's share of its track's new cohorts</source>
        <translation>课程在所属方向新班级中的占比</translation>
    </message>
    <message>
        <source>Set in the plan. Clear the cell to share what the other courses leave as the track ran before.</source>
        <translation>已在方案中设定。清空此格后，按该方向以往的开班情况分摊其他课程剩余的占比。</translation>
    </message>
    <message>
        <source>As the track ran before: %1 of its new cohorts.</source>
        <translation>按该方向以往的开班情况：占新班级的 %1。</translation>
    </message>
</context>
<context>
    <name>Planner::AuditLabels</name>
    <message>
        <source>Tracks</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Instructors</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>授课资质</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Course preferences</source>
        <translation>课程意愿</translation>
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
        <source>Assignments</source>
        <translation>讲师安排</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>报名次数</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <source>Work calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
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
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Hours a day</source>
        <translation>每天学时</translation>
    </message>
    <message>
        <source>Default capacity</source>
        <translation>默认名额</translation>
    </message>
    <message>
        <source>Qualification needed</source>
        <translation>所需资质</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>上课星期</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>上课时段</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
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
        <source>Preference</source>
        <translation>意愿</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>已认证</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Promoted from the waitlist</source>
        <translation>由候补转正</translation>
    </message>
    <message>
        <source>Because of the withdrawal</source>
        <translation>因退出而空出名额</translation>
    </message>
    <message>
        <source>Because the capacity grew to</source>
        <translation>因名额增至</translation>
    </message>
    <message>
        <source>Reason for overriding a warning</source>
        <translation>忽略警告的理由</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Exported calendars</source>
        <translation>已导出的日历</translation>
    </message>
    <message>
        <source>Plan facts</source>
        <translation>计划信息</translation>
    </message>
    <message>
        <source>Shown in full</source>
        <translation>完整显示</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>ID numbers</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>included in full</source>
        <translation>完整包含</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>已遮盖</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation><numerusform>%Ln 条记录</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%Ln 行</numerusform></translation>
    </message>
    <message>
        <source>before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>after</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>%1 (%2): %3: %4</source>
        <translation>%1（%2）：%3：%4</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>Day rates by level</source>
        <translation>各级别日薪</translation>
    </message>
    <message>
        <source>Fixed costs</source>
        <translation>固定费用</translation>
    </message>
    <message>
        <source>Day rate</source>
        <translation>日薪</translation>
    </message>
    <message>
        <source>Rent per day</source>
        <translation>日租金</translation>
    </message>
    <message>
        <source>Licence per seat</source>
        <translation>每席位许可费</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>教材费</translation>
    </message>
    <message>
        <source>Exam fee</source>
        <translation>考试费</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Made the plan from the scenario</source>
        <translation>由此方案生成计划</translation>
    </message>
    <message>
        <source>Backup of the plan before</source>
        <translation>之前计划的备份</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资质</translation>
    </message>
    <message>
        <source>Course preference</source>
        <translation>课程意愿</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>课次</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>讲师安排</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Work calendar day</source>
        <translation>工作日历日</translation>
    </message>
    <message>
        <source>Fixed cost</source>
        <translation>固定费用</translation>
    </message>
    <message>
        <source>History entry</source>
        <translation>历史记录条目</translation>
    </message>
    <message>
        <source>Exported calendar</source>
        <translation>已导出的日历</translation>
    </message>
    <message>
        <source>Plan fact</source>
        <translation>计划信息</translation>
    </message>
</context>
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
        <translation>变更</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
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
    <message>
        <source>All actions</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation>已查看</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>已删除</translation>
    </message>
</context>
<context>
    <name>Planner::AutoAssignDialog</name>
    <message>
        <source>Auto-assign Instructors</source>
        <translation>自动安排教师</translation>
    </message>
    <message>
        <source>Cohorts to staff</source>
        <translation>要安排教师的班级</translation>
    </message>
    <message>
        <source>All cohorts not yet completed</source>
        <translation>所有尚未结班的班级</translation>
    </message>
    <message>
        <source>A track:</source>
        <translation>一个方向：</translation>
    </message>
    <message>
        <source>Starting from</source>
        <translation>开班日期从</translation>
    </message>
    <message>
        <source>The cohorts selected on the Cohorts page (none now)</source>
        <translation>在“班级”页选中的班级（当前没有）</translation>
    </message>
    <message numerus="yes">
        <source>The %n cohort(s) selected on the Cohorts page</source>
        <translation><numerusform>在“班级”页选中的 %Ln 个班级</numerusform></translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>no assistants</source>
        <translation>不配助教</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> 个座位</translation>
    </message>
    <message>
        <source>Assistant for cohorts above:</source>
        <translation>为以下人数以上的班级配助教：</translation>
    </message>
    <message>
        <source>Re-plan: keep current assignments unless a change is worth its cost</source>
        <translation>重新规划：保留现有分配，除非变更值得其代价</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Time budget:</source>
        <translation>时间预算：</translation>
    </message>
    <message>
        <source>&amp;Solve</source>
        <translation>求解(&amp;S)</translation>
    </message>
    <message>
        <source>Stop (keep best)</source>
        <translation>停止（保留最佳）</translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation>正在读取计划…</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Unstaffed</source>
        <translation>无人可派</translation>
    </message>
    <message>
        <source>Days needed and available</source>
        <translation>所需与可用天数</translation>
    </message>
    <message>
        <source>&amp;Apply Ticked Changes</source>
        <translation>应用勾选的变更(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot read the plan: %1</source>
        <translation>无法读取计划：%1</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <source>Solving…</source>
        <translation>正在求解…</translation>
    </message>
    <message>
        <source>Stopped early: this is the best found so far.</source>
        <translation>已提前停止：这是目前找到的最佳结果。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 cohorts have a lead; %3 of %4 roles staffed; %n change(s) proposed.</source>
        <translation><numerusform>%2 个班级中有 %1 个有主讲；%4 个角色中已安排 %3 个；建议 %Ln 项变更。</numerusform></translation>
    </message>
    <message>
        <source>Every cohort in scope is staffed.</source>
        <translation>范围内的每个班级都已安排教师。</translation>
    </message>
    <message>
        <source>%1: %2 instructor-days needed, %3 available</source>
        <translation>%1：需要 %2 个教师日，可用 %3 个</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>变更（%1）</translation>
    </message>
    <message>
        <source>Unstaffed (%1)</source>
        <translation>无人可派（%1）</translation>
    </message>
    <message>
        <source>Auto-assign</source>
        <translation>自动安排</translation>
    </message>
    <message>
        <source>Select a change to read why it is proposed.</source>
        <translation>选择一项变更以查看建议的原因。</translation>
    </message>
    <message>
        <source>%1, %2: %3 → %4. %5</source>
        <translation>%1，%2：%3 → %4。%5</translation>
    </message>
    <message>
        <source>Best so far: cost %1 · at most %2 % from the best possible · %3 s</source>
        <translation>目前最佳：代价 %1 · 与最优方案最多相差 %2 % · %3 秒</translation>
    </message>
    <message>
        <source>How far from the best possible: not at all, this is the best possible (proven).</source>
        <translation>与最优方案的差距：没有差距，这已是最优方案（已证明）。</translation>
    </message>
    <message>
        <source>How far from the best possible: at most %1 % (cost %2 of what can be decided; the best possible is at least %3).</source>
        <translation>与最优方案的差距：最多 %1 %（可决定部分的代价为 %2；最优方案的代价至少为 %3）。</translation>
    </message>
    <message>
        <source>Roles no instructor can take: %1 (fixed cost %2).</source>
        <translation>没有教师能担任的角色：%1 个（固定代价 %2）。</translation>
    </message>
    <message numerus="yes">
        <source>No instructor is qualified for the course (%n role(s)):</source>
        <translation><numerusform>没有教师具备该课程的资质（%Ln 个角色）：</numerusform></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Qualified instructors exist, but none is free (%n role(s)):</source>
        <translation><numerusform>有具备资质的教师，但都没有空（%Ln 个角色）：</numerusform></translation>
    </message>
    <message>
        <source>%1 needs a %2 (%3):</source>
        <translation>%1 需要一名%2（%3）：</translation>
    </message>
    <message>
        <source>Cohorts without a course, so nobody can be judged qualified: %1</source>
        <translation>没有课程的班级，因此无法判断谁具备资质：%1</translation>
    </message>
    <message>
        <source>&amp;Keep as My Defaults</source>
        <translation>设为我的默认值(&amp;K)</translation>
    </message>
    <message>
        <source>Start Auto-assign with these costs from now on (also in Edit ▸ Preferences)</source>
        <translation>今后自动安排都从这些代价开始（也可在“编辑 ▸ 首选项”中设置）</translation>
    </message>
    <message>
        <source>Kept as your defaults</source>
        <translation>已设为您的默认值</translation>
    </message>
</context>
<context>
    <name>Planner::AutoAssignRun</name>
    <message>
        <source>These changes only work together with some you left out: %1</source>
        <translation>这些变更须与您未勾选的某些变更一起应用：%1</translation>
    </message>
    <message numerus="yes">
        <source>Auto-assign %n change(s)</source>
        <translation><numerusform>自动安排 %Ln 项变更</numerusform></translation>
    </message>
</context>
<context>
    <name>Planner::BackupListModel</name>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>时机</translation>
    </message>
</context>
<context>
    <name>Planner::BackupStore</name>
    <message>
        <source>the current file could not be kept as “%1”</source>
        <translation>无法将当前文件保留为“%1”</translation>
    </message>
    <message>
        <source>When opened</source>
        <translation>打开时</translation>
    </message>
    <message>
        <source>While editing</source>
        <translation>编辑期间</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>No backup of “%1” was made: %2</source>
        <translation>未能备份“%1”：%2</translation>
    </message>
    <message>
        <source>the plan fails its integrity check (%1)</source>
        <translation>计划未通过完整性检查（%1）</translation>
    </message>
    <message>
        <source>the folder “%1” cannot be created</source>
        <translation>无法创建文件夹“%1”</translation>
    </message>
    <message>
        <source>Cannot restore “%1” from the backup of %2: %3</source>
        <translation>无法用 %2 的备份恢复“%1”：%3</translation>
    </message>
    <message>
        <source>the plan is open for editing in another Cohort Planner (%1)</source>
        <translation>该计划正在另一个培训班规划中编辑（%1）</translation>
    </message>
    <message>
        <source>the backup fails its integrity check (%1)</source>
        <translation>备份未通过完整性检查（%1）</translation>
    </message>
    <message>
        <source>Cannot delete the backup “%1”: %2</source>
        <translation>无法删除备份“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Planner::BudgetChart</name>
    <message>
        <source>Spending through the year</source>
        <translation>全年支出</translation>
    </message>
    <message>
        <source>spending</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Spent (cumulative)</source>
        <translation>支出（累计）</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Million yuan</source>
        <translation>百万元</translation>
    </message>
</context>
<context>
    <name>Planner::BudgetPage</name>
    <message>
        <source>&amp;Add Fixed Cost</source>
        <translation>添加固定费用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Cost of each cohort</source>
        <translation>各班级费用</translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s) with a day in the year; italic: no lead yet</source>
        <translation><numerusform>本年度有课的班级 %Ln 个；斜体：尚无主讲教师</numerusform></translation>
    </message>
    <message>
        <source>Day rates by level</source>
        <translation>各级别日薪</translation>
    </message>
    <message>
        <source>An instructor is paid the rate of the highest level they are qualified for, unless the Instructors page gives them their own. Grey: the default.</source>
        <translation>教师按其具备资质的最高级别领取日薪，除非在“教师”页为其单独设定。灰色：默认值。</translation>
    </message>
    <message>
        <source>Fixed costs of the year</source>
        <translation>本年度固定费用</translation>
    </message>
    <message>
        <source>What the programme pays whatever its cohorts, spread evenly over the year.</source>
        <translation>项目无论开设哪些班级都要支付的费用，平均分摊到全年。</translation>
    </message>
    <message>
        <source>By track</source>
        <translation>按方向</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>By cohort</source>
        <translation>按班级</translation>
    </message>
    <message>
        <source>Rates and fixed costs</source>
        <translation>日薪与固定费用</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: budget &lt;b&gt;%2&lt;/b&gt; · spent by %3 &lt;b&gt;%4&lt;/b&gt; · forecast at the year end &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 年&lt;/b&gt;：预算 &lt;b&gt;%2&lt;/b&gt; · 截至 %3 已支出 &lt;b&gt;%4&lt;/b&gt; · 年底预测 &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; left</source>
        <translation>剩余 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;&lt;span style="color:#c0392b"&gt;%1 over budget&lt;/span&gt;&lt;/b&gt;</source>
        <translation>&lt;b&gt;&lt;span style="color:#c0392b"&gt;超出预算 %1&lt;/span&gt;&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Per trainee completing: &lt;b&gt;%1&lt;/b&gt; · per certificate: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>每位结业学员：&lt;b&gt;%1&lt;/b&gt; · 每张证书：&lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>none expected</source>
        <translation>预计没有</translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s) have no lead yet: each is costed with one at its course level's day rate.</source>
        <translation><numerusform>%Ln 个班级尚无主讲教师：各按其课程级别的日薪计入一名。</numerusform></translation>
    </message>
    <message>
        <source>No track has a budget for %1: type one in the Budget column.</source>
        <translation>%1 年没有任何方向设定预算：请在“预算”列中输入。</translation>
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
    <name>Planner::CapacityPage</name>
    <message>
        <source>New Planning &amp;Year…</source>
        <translation>新建计划年度(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Generate Draft…</source>
        <translation>生成草案(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Start next year from this year's targets: what lapses, what is missing</source>
        <translation>以今年的目标开始规划明年：哪些资质到期、缺少什么</translation>
    </message>
    <message>
        <source>Lay the cohorts the year still needs onto its working days, as a draft you can undo</source>
        <translation>把该年度尚需的班级排到工作日上，作为可撤销的草案</translation>
    </message>
    <message>
        <source>Targets &amp; Capacity</source>
        <translation>目标与能力</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Target
trained</source>
        <translation>目标
结业</translation>
    </message>
    <message>
        <source>Reachable
trained</source>
        <translation>可达
结业</translation>
    </message>
    <message>
        <source>Target
certified</source>
        <translation>目标
取证</translation>
    </message>
    <message>
        <source>Reachable
certified</source>
        <translation>可达
取证</translation>
    </message>
    <message>
        <source>Cohorts
planned</source>
        <translation>已计划
班级</translation>
    </message>
    <message>
        <source>New cohorts
needed</source>
        <translation>需新增
班级</translation>
    </message>
    <message>
        <source>New cohorts
possible</source>
        <translation>可新增
班级</translation>
    </message>
    <message>
        <source>Rates from</source>
        <translation>比率来源</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>New cohorts
to start</source>
        <translation>应开
新班</translation>
    </message>
    <message>
        <source>New cohorts
in the plan</source>
        <translation>方案中
新班</translation>
    </message>
    <message>
        <source>Instructor-days
needed</source>
        <translation>所需
教师人天</translation>
    </message>
    <message>
        <source>Instructor-days
available</source>
        <translation>可用
教师人天</translation>
    </message>
    <message>
        <source>Venue slot-days
needed</source>
        <translation>所需
场地时段天</translation>
    </message>
    <message>
        <source>Venue slot-days
available</source>
        <translation>可用
场地时段天</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>What is short, and what would close it:</source>
        <translation>缺什么，怎样补足：</translation>
    </message>
    <message>
        <source>Working out what the targets need…</source>
        <translation>正在计算目标所需…</translation>
    </message>
    <message>
        <source>The plan has no work calendar for %1: its working days are counted as Monday to Friday, and its public holidays are unknown. &lt;a href="import"&gt;Import Work Calendar…&lt;/a&gt;</source>
        <translation>计划中没有 %1 年的工作日历：工作日按周一至周五计算，法定节假日未知。&lt;a href="import"&gt;导入工作日历…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 Use New Planning Year… to give %2 its targets.</source>
        <translation>%1 请用“新建计划年度…”为 %2 年设定目标。</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Every target of %1 can be reached with the plan's instructors, venues and calendar.</source>
        <translation>凭计划中的教师、场地和日历，%1 年的每项目标都能达到。</translation>
    </message>
    <message>
        <source>Not every target of %1 can be reached: %2 of the target at most.</source>
        <translation>%1 年并非每项目标都能达到：最多达到目标的 %2。</translation>
    </message>
    <message>
        <source>Rates of completion and certification from each track's cohorts of %1 where it has enough of them, else the defaults.</source>
        <translation>结业率和取证率取自各方向 %1 年的班级（数量足够时），否则用默认值。</translation>
    </message>
    <message>
        <source>Rates of completion and certification: the defaults (no year before with enough cohorts).</source>
        <translation>结业率和取证率：默认值（上一年没有足够的班级）。</translation>
    </message>
    <message>
        <source>(The search stopped at its limit: the figures are the best plan found.)</source>
        <translation>（搜索已达上限：数字为找到的最佳方案。）</translation>
    </message>
    <message>
        <source>%1 actuals</source>
        <translation>%1 年实际</translation>
    </message>
    <message>
        <source>defaults</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Seats taken %1 %, no-shows %2 %, completion %3 %, certification %4 %</source>
        <translation>名额占用 %1 %，未到 %2 %，结业 %3 %，取证 %4 %</translation>
    </message>
    <message>
        <source>Nothing is short.</source>
        <translation>没有短缺。</translation>
    </message>
    <message>
        <source>Nothing the plan could change is short.</source>
        <translation>没有计划能改变的短缺。</translation>
    </message>
    <message>
        <source>What becomes of a seat, per track and course. Grey figures come from the year before's actuals or the defaults: type a percentage to set one in the plan, clear it to go back.</source>
        <translation>每个方向和课程的座位去向。灰色数字来自上一年的实际情况或默认值：输入百分比即在方案中设定，清空即恢复。</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>方案</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n rate(s) set in the plan</source>
        <translation><numerusform>%1，方案中设定 %Ln 项</numerusform></translation>
    </message>
</context>
<context>
    <name>Planner::CapacityPlanner</name>
    <message>
        <source>%1 %2</source>
        <comment>course level, track</comment>
        <translation>%2 方向%1课程</translation>
    </message>
    <message>
        <source>%1 assistants</source>
        <translation>%1 助教</translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation>%1 主讲</translation>
    </message>
    <message numerus="yes">
        <source>%n more qualified assistant(s) for %1 in %2</source>
        <translation><numerusform>再增加 %Ln 名具备 %1 资质的助教（%2）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more qualified lead(s) for %1 in %2</source>
        <translation><numerusform>再增加 %Ln 名具备 %1 资质的主讲（%2）</numerusform></translation>
    </message>
    <message>
        <source>%1: need %2 instructor-days in %3, have %4 → %5 % of the %6 target reachable; remedy: %7.</source>
        <translation>%1：%3 需要 %2 个教师日，现有 %4 个 → 可完成 %6 方向目标的 %5 %；解决办法：%7。</translation>
    </message>
    <message>
        <source>seasonal profile of %1</source>
        <translation>%1 的季节分布</translation>
    </message>
    <message numerus="yes">
        <source>move %n cohort(s) to %1</source>
        <translation><numerusform>将 %Ln 个班级移到 %1</numerusform></translation>
    </message>
    <message>
        <source>%1: need %2 cohorts in %3, have %4 → %5 % of the %6 target reachable; remedy: %7, which reaches %8 %.</source>
        <translation>%1：%3 需要 %2 个班级，现有 %4 个 → 可完成 %6 方向目标的 %5 %；解决办法：%7，可完成 %8 %。</translation>
    </message>
    <message>
        <source>venues with %1 seats</source>
        <translation>座位数不少于 %1 的场地</translation>
    </message>
    <message numerus="yes">
        <source>%n more venue(s) with %1 seats in %2</source>
        <translation><numerusform>再增加 %Ln 个座位数不少于 %1 的场地（%2）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more venue(s) with %1 seats in %2, %3</source>
        <translation><numerusform>在 %2 再增加 %Ln 个座位数不少于 %1 的场地（%3）</numerusform></translation>
    </message>
    <message>
        <source>%1: need %2 slot-days in %3, have %4 → %5 % of the %6 target reachable; remedy: %7.</source>
        <translation>%1：%3 需要 %2 个场地时段，现有 %4 个 → 可完成 %6 方向目标的 %5 %；解决办法：%7。</translation>
    </message>
    <message>
        <source>leads for planned cohorts</source>
        <translation>已计划班级的主讲</translation>
    </message>
    <message numerus="yes">
        <source>%n more qualified lead(s)</source>
        <translation><numerusform>再增加 %Ln 名具备资质的主讲</numerusform></translation>
    </message>
    <message>
        <source>%1: need %2 instructor-days, have %3; remedy: %4.</source>
        <translation>%1：需要 %2 个教师日，现有 %3 个；解决办法：%4。</translation>
    </message>
    <message>
        <source>The capacity model could not be solved.</source>
        <translation>无法求解容量模型。</translation>
    </message>
    <message>
        <source>fill rate</source>
        <translation>上座率</translation>
    </message>
    <message>
        <source>no-show rate</source>
        <translation>未报到率</translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation>结业率</translation>
    </message>
    <message>
        <source>certification pass rate</source>
        <translation>认证通过率</translation>
    </message>
    <message>
        <source>The %1 of %2 is %3; a rate lies between 0 and 1.</source>
        <translation>%2 的%1为 %3；比率应在 0 到 1 之间。</translation>
    </message>
    <message>
        <source>Lead instructors</source>
        <translation>主讲教师</translation>
    </message>
    <message>
        <source>Assistant instructors</source>
        <translation>助教</translation>
    </message>
    <message>
        <source>Venue seats</source>
        <translation>场地座位</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>%1 is no year to plan.</source>
        <translation>%1 不是可以规划的年度。</translation>
    </message>
    <message>
        <source>A target of %1 names a track that is not in the plan.</source>
        <translation>%1 年有一个目标所属的方向不在计划中。</translation>
    </message>
    <message>
        <source>The %1 target of %2 is negative.</source>
        <translation>%2 方向的 %1 年目标为负数。</translation>
    </message>
    <message>
        <source>There are no targets for %1: set how many engineers each track is to train.</source>
        <translation>%1 年没有目标：请设置每个方向要培训的工程师人数。</translation>
    </message>
    <message>
        <source>the default assumptions</source>
        <translation>默认假设</translation>
    </message>
    <message>
        <source>track %1</source>
        <translation>方向 %1</translation>
    </message>
    <message>
        <source>course %1</source>
        <translation>课程 %1</translation>
    </message>
    <message>
        <source>Course %1 has %2 teaching days; a course has at least one.</source>
        <translation>课程 %1 的授课天数为 %2；一门课程至少要有 1 个授课日。</translation>
    </message>
    <message>
        <source>Course %1 has %2 seats; a cohort has at least one.</source>
        <translation>课程 %1 的座位数为 %2；一个班级至少要有 1 个座位。</translation>
    </message>
    <message>
        <source>With the rates for %1 nobody completes a cohort: the fill and completion rates must be above 0 and the no-show rate below 1.</source>
        <translation>按 %1 的比率，没有人能结业：上座率和结业率必须大于 0，未报到率必须小于 1。</translation>
    </message>
    <message>
        <source>%1 has a target for %2 but no course to train it.</source>
        <translation>%1 方向有 %2 年的目标，但没有可用于培训的课程。</translation>
    </message>
    <message>
        <source>The share of %1 in the course mix is %2; a share is 0 or more.</source>
        <translation>课程配比中 %1 的占比为 %2；占比不能小于 0。</translation>
    </message>
    <message>
        <source>The course mix gives no course of %1 a share.</source>
        <translation>课程配比没有为 %1 方向的任何课程分配占比。</translation>
    </message>
    <message>
        <source>The seasonal profile's weight for %1 is %2; a weight is 0 or more.</source>
        <translation>季节分布中%1的权重为 %2；权重不能小于 0。</translation>
    </message>
    <message>
        <source>The seasonal profile gives every month a weight of 0: no cohort could run.</source>
        <translation>季节分布中每个月的权重都为 0：无法开设任何班级。</translation>
    </message>
    <message>
        <source>A blackout needs a first and a last date.</source>
        <translation>不开班时段需要开始日期和结束日期。</translation>
    </message>
    <message>
        <source>The blackout %1 ends on %2, before it starts on %3.</source>
        <translation>不开班时段（%1）的结束日期 %2 早于开始日期 %3。</translation>
    </message>
    <message>
        <source>without a reason</source>
        <translation>未注明原因</translation>
    </message>
    <message>
        <source>The cohort size above which an assistant is needed is negative.</source>
        <translation>需配助教的班级人数阈值为负数。</translation>
    </message>
    <message>
        <source>The search needs at least one node.</source>
        <translation>搜索至少需要一个节点。</translation>
    </message>
</context>
<context>
    <name>Planner::Cells</name>
    <message>
        <source>(erased)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>“%1” is not an amount in whole yuan.</source>
        <translation>“%1”不是以元为单位的整数金额。</translation>
    </message>
</context>
<context>
    <name>Planner::CertifyDialog</name>
    <message>
        <source>Certify Trainees</source>
        <translation>颁发证书</translation>
    </message>
    <message numerus="yes">
        <source>Certify %n completed trainee(s) of %1.</source>
        <translation><numerusform>为 %1 的 %Ln 名已结业学员颁发证书。</numerusform></translation>
    </message>
    <message>
        <source>&amp;Level for the track:</source>
        <translation>方向证书等级(&amp;L)：</translation>
    </message>
    <message>
        <source>Certified &amp;on:</source>
        <translation>发证日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Certify</source>
        <translation>颁发(&amp;C)</translation>
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
    <name>Planner::CohortCostModel</name>
    <message>
        <source>Cohort</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Instructors</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Materials &amp; exams</source>
        <translation>教材与考试</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Spent to date</source>
        <translation>截至今日支出</translation>
    </message>
    <message>
        <source>The day rates of its instructors on its teaching days; italic: no lead yet, one is costed at its course level's rate</source>
        <translation>其教师在授课日的日薪；斜体：尚无主讲教师，按课程级别的日薪计入一名</translation>
    </message>
    <message>
        <source>The venue's rent on its teaching days, or online a licence per trainee</source>
        <translation>授课日的场地租金；在线课堂则为每位学员的许可费</translation>
    </message>
    <message>
        <source>The whole cohort, also days outside the year</source>
        <translation>整个班级的费用，包括本年度以外的日子</translation>
    </message>
    <message>
        <source>No lead yet: one is costed at the course level's day rate.</source>
        <translation>尚无主讲教师：按课程级别的日薪计入一名。</translation>
    </message>
</context>
<context>
    <name>Planner::CohortDialog</name>
    <message>
        <source>&amp;Course:</source>
        <translation>课程(&amp;C)：</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>编号(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>场地(&amp;V)：</translation>
    </message>
    <message>
        <source>C&amp;apacity:</source>
        <translation>容量(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Instructors</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>课次</translation>
    </message>
    <message>
        <source>Cohort %1</source>
        <translation>班级 %1</translation>
    </message>
    <message>
        <source>New cohort</source>
        <translation>新建班级</translation>
    </message>
    <message>
        <source>&amp;Reason for accepting the warnings:</source>
        <translation>接受警告的理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Give a reason for accepting: %1</source>
        <translation>请填写接受以下警告的理由：%1</translation>
    </message>
    <message>
        <source>%1 is %2: an instructor assigned now changes the record of who taught it. Give a reason, kept in the History.</source>
        <translation>%1 的状态为“%2”：现在安排教师会改变“由谁授课”的记录。请填写原因，它将保存在历史记录中。</translation>
    </message>
</context>
<context>
    <name>Planner::CohortFactory</name>
    <message>
        <source>The first session, %1, is before today: this places a cohort in the past.</source>
        <translation>第一次课（%1）早于今天：这会把班级安排在过去。</translation>
    </message>
    <message>
        <source>The plan has no work calendar for %1: its public holidays are unknown and sessions are laid on weekdays only. Import the official calendar first (File ▸ Import Work Calendar…).</source>
        <translation>计划中没有 %1 年的工作日历：其法定节假日未知，课次只按工作日排列。请先导入官方日历（文件 ▸ 导入工作日历…）。</translation>
    </message>
</context>
<context>
    <name>Planner::CohortInstructorsEditor</name>
    <message>
        <source>A&amp;dd instructor</source>
        <translation>添加教师(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;move instructor</source>
        <translation>移除教师(&amp;M)</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Automatic assignment keeps a locked instructor</source>
        <translation>自动分配会保留已锁定的教师</translation>
    </message>
    <message>
        <source>Instructors</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Ass&amp;ign…</source>
        <translation>安排(&amp;I)…</translation>
    </message>
    <message>
        <source>Choose from the instructors ranked by who is qualified, free and under their limits</source>
        <translation>从按资质、空闲和上限排序的教师中选择</translation>
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
        <translation>名额</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>候补名单</translation>
    </message>
    <message>
        <source>Lead instructor</source>
        <translation>主讲讲师</translation>
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
    <message>
        <source>None (online)</source>
        <translation>无（线上）</translation>
    </message>
</context>
<context>
    <name>Planner::CompareDialog</name>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export Changes…</source>
        <translation>导出变更(&amp;E)…</translation>
    </message>
    <message>
        <source>Compare Scenarios of %1</source>
        <translation>比较 %1 的方案</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>计划本身</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Compare (two to four):</source>
        <translation>比较（二至四个）：</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Export Changes</source>
        <translation>导出变更</translation>
    </message>
    <message>
        <source>scenario-changes-%1.xlsx</source>
        <translation>方案变更-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved the changes as %1</source>
        <translation>已将变更保存为 %1</translation>
    </message>
    <message>
        <source>The plan has no scenario yet: create one in File ▸ Scenarios… first.</source>
        <translation>该计划还没有方案：请先在“文件 ▸ 方案…”中创建一个。</translation>
    </message>
    <message>
        <source>Tick two to four to compare.</source>
        <translation>勾选二至四个进行比较。</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n scenario(s)…</source>
        <translation><numerusform>正在读取 %Ln 个方案…</numerusform></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 as of %2: %n change(s) of cohorts against the first.</source>
        <translation><numerusform>%1 年，截至 %2：相对第一个有 %Ln 处班级变更。</numerusform></translation>
    </message>
</context>
<context>
    <name>Planner::ComparisonChangesModel</name>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>已移动</translation>
    </message>
    <message>
        <source>Restaffed</source>
        <translation>已换教师</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
</context>
<context>
    <name>Planner::ComparisonFiguresModel</name>
    <message>
        <source>Target: trainees</source>
        <translation>目标：培训人数</translation>
    </message>
    <message>
        <source>Target: certified</source>
        <translation>目标：认证人数</translation>
    </message>
    <message>
        <source>Reachable: trainees</source>
        <translation>可达成：培训人数</translation>
    </message>
    <message>
        <source>Reachable: certified</source>
        <translation>可达成：认证人数</translation>
    </message>
    <message>
        <source>Seats still to come</source>
        <translation>尚待开设的座位</translation>
    </message>
    <message>
        <source>Trained, forecast</source>
        <translation>培训人数（预测）</translation>
    </message>
    <message>
        <source>Certified, forecast</source>
        <translation>认证人数（预测）</translation>
    </message>
    <message>
        <source>Instructor utilisation</source>
        <translation>教师利用率</translation>
    </message>
    <message>
        <source>Cohorts without a lead</source>
        <translation>无主讲教师的班级</translation>
    </message>
    <message>
        <source>Blocking conflicts</source>
        <translation>阻止性冲突</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Cost, forecast at year end</source>
        <translation>费用（年底预测）</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Cost per certificate</source>
        <translation>每张证书费用</translation>
    </message>
    <message>
        <source>%1: trained, forecast</source>
        <translation>%1：培训人数（预测）</translation>
    </message>
    <message>
        <source>%1: cost</source>
        <translation>%1：费用</translation>
    </message>
    <message>
        <source>%1 more than %2</source>
        <translation>比%2多 %1</translation>
    </message>
    <message>
        <source>%1 less than %2</source>
        <translation>比%2少 %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
</context>
<context>
    <name>Planner::ConflictDialog</name>
    <message>
        <source>Keep &amp;Their Version</source>
        <translation>保留对方的版本(&amp;T)</translation>
    </message>
    <message>
        <source>Make &amp;My Change Over Theirs</source>
        <translation>在对方版本上做我的更改(&amp;M)</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>已被他人更改</translation>
    </message>
    <message>
        <source>Someone else changed %1 after you opened it, so it was not deleted. Keep their version, or delete it as it is now?</source>
        <translation>在您打开之后，别人更改了%1，因此没有删除。保留对方的版本，还是按现在的样子删除？</translation>
    </message>
    <message>
        <source>Someone else changed %1 after you opened it, so your change was not written over theirs. Keep their version, or make your change over it? The fields you changed then get your values; the others keep theirs.</source>
        <translation>在您打开之后，别人更改了%1，因此您的更改没有覆盖对方的更改。保留对方的版本，还是在其上做您的更改？选择后者时，您改过的字段取您的值，其余字段保留对方的值。</translation>
    </message>
    <message>
        <source>&amp;Delete It Anyway</source>
        <translation>仍然删除(&amp;D)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Theirs, now</source>
        <translation>对方（当前）</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
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
        <translation>阻断</translation>
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
    <message>
        <source>No work calendar</source>
        <translation>缺少工作日历</translation>
    </message>
    <message>
        <source>Cohort %1 has sessions in %2 from %3, but the plan has no work calendar for %2: public holidays and make-up working days are unknown. Import it with File ▸ Import Work Calendar.</source>
        <translation>班级 %1 自 %3 起在 %2 年有课次，但计划中没有 %2 年的工作日历：法定节假日和调休上班日未知。请通过“文件 ▸ 导入工作日历”导入。</translation>
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
    <message>
        <source>Mon–Fri</source>
        <translation>周一至周五</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Session pattern</source>
        <translation>上课安排</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>教材费</translation>
    </message>
    <message>
        <source>Exam fee</source>
        <translation>考试费</translation>
    </message>
    <message>
        <source>What each trainee's materials cost, paid on the cohort's first day</source>
        <translation>每位学员的教材费用，在班级第一天支付</translation>
    </message>
    <message>
        <source>The exam fee per trainee, paid on the cohort's last day</source>
        <translation>每位学员的考试费，在班级最后一天支付</translation>
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
        <translation>教师利用率</translation>
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
        <source>In training now, by track</source>
        <translation>当前在训（按方向）</translation>
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
    <message>
        <source>Saved the dashboard as %1</source>
        <translation>已将概览保存为 %1</translation>
    </message>
    <message>
        <source>Cost of the year</source>
        <translation>本年费用</translation>
    </message>
    <message>
        <source>no budget set</source>
        <translation>未设定预算</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cost of %1, forecast at the year end&lt;/b&gt;: %2&lt;br&gt;Spent by %3: %4</source>
        <translation>&lt;b&gt;%1 年费用，年底预测&lt;/b&gt;：%2&lt;br&gt;截至 %3 已支出：%4</translation>
    </message>
    <message>
        <source>Instructors %1 · venues %2 · materials and exams %3 · fixed %4</source>
        <translation>教师 %1 · 场地 %2 · 教材与考试 %3 · 固定 %4</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>无预算</translation>
    </message>
    <message>
        <source>(Costs are not filtered by district.)</source>
        <translation>（费用不按区筛选。）</translation>
    </message>
    <message>
        <source>The Budget page has the details.</source>
        <translation>详情见“预算”页。</translation>
    </message>
    <message>
        <source>¥%1万</source>
        <comment>ten thousand yuan</comment>
        <translation>¥%1万</translation>
    </message>
    <message>
        <source>¥%1M</source>
        <comment>a million yuan</comment>
        <translation>¥%1百万</translation>
    </message>
    <message>
        <source>Per certificate: %1</source>
        <translation>每张证书：%1</translation>
    </message>
    <message>
        <source>%1 of %2 targeted</source>
        <translation>目标 %2 的 %1</translation>
    </message>
    <message>
        <source>in cohorts running now</source>
        <translation>当前正在进行的班级</translation>
    </message>
    <message>
        <source>in cohorts still to finish</source>
        <translation>尚未结班的班级</translation>
    </message>
    <message>
        <source>%1 over budget</source>
        <translation>超出预算 %1</translation>
    </message>
    <message>
        <source>%1 of the budget</source>
        <translation>占预算的 %1</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>预算：%1</translation>
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
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Residence permit (Hong Kong, Macao, Taiwan)</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <source>Travel permit (Hong Kong, Macao)</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Travel permit (Taiwan)</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Foreign permanent resident ID</source>
        <translation>外国人永久居留身份证</translation>
    </message>
</context>
<context>
    <name>Planner::DraftDialog</name>
    <message>
        <source>&amp;Staff the draft with instructors (automatic assignment)</source>
        <translation>为草案安排教师（自动分配）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Generate Draft of %1</source>
        <translation>生成 %1 年草案</translation>
    </message>
    <message>
        <source>Lays the cohorts %1 still needs onto its working days as planned cohorts: in the months the capacity analysis gives, never on a non-working day, never in a room that is taken, each with a qualified instructor free for it. The draft is one step you can undo.</source>
        <translation>把 %1 年尚需的班级作为计划中的班级排到工作日上：按能力分析给出的月份，绝不排在非工作日，绝不占用已被占用的教室，每个班级都有一位有空的合格教师。草案是一个可撤销的步骤。</translation>
    </message>
    <message>
        <source>No cohort starts &amp;before:</source>
        <translation>班级最早开班日期(&amp;B)：</translation>
    </message>
    <message>
        <source>Seasonal profile: share of new cohorts per month (%)</source>
        <translation>季节分布：每月新班占比（%）</translation>
    </message>
    <message>
        <source>Blackouts: no new cohort runs in these days (e.g. the Spring Festival)</source>
        <translation>停课时段：这些日子不开新班（如春节）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Expected
trained</source>
        <translation>预计
结业</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
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
        <source>New cohorts</source>
        <translation>新班级</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Why they could not be placed</source>
        <translation>无法安排的原因</translation>
    </message>
    <message>
        <source>By month and track</source>
        <translation>按月份和方向</translation>
    </message>
    <message>
        <source>By venue</source>
        <translation>按场地</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>未安排</translation>
    </message>
    <message>
        <source>&amp;Create Draft</source>
        <translation>创建草案(&amp;C)</translation>
    </message>
    <message>
        <source>blackout</source>
        <translation>停课</translation>
    </message>
    <message>
        <source>The options changed: preview the draft again before creating it.</source>
        <translation>选项已更改：请在创建前重新预览草案。</translation>
    </message>
    <message>
        <source>A blackout ends (%1) before it starts (%2): correct it first.</source>
        <translation>有一个停课时段的结束日期（%1）早于开始日期（%2）：请先更正。</translation>
    </message>
    <message>
        <source>The seasonal profile gives no month any new cohort: give at least one month a share.</source>
        <translation>季节分布没有给任何月份分配新班：请至少给一个月份一个占比。</translation>
    </message>
    <message>
        <source>Generated draft of %1</source>
        <translation>%1 生成的草案</translation>
    </message>
    <message>
        <source>Laying out and staffing the draft…</source>
        <translation>正在排布草案并安排教师…</translation>
    </message>
    <message>
        <source>Laying out the draft…</source>
        <translation>正在排布草案…</translation>
    </message>
    <message numerus="yes">
        <source>%n new cohort(s) with %1 seats. With the cohorts already planned, %2 of the %3 trainees to train in %4 are expected to complete.</source>
        <translation><numerusform>%Ln 个新班级，共 %1 个名额。连同已计划的班级，%4 年需培训的 %3 名学员中预计 %2 名结业。</numerusform></translation>
    </message>
    <message>
        <source>Staffed: %1 of %2 roles.</source>
        <translation>已安排教师：%1 / %2 个岗位。</translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s) could not be placed: see Not placed.</source>
        <translation><numerusform>%Ln 个班级无法安排：见“未安排”。</numerusform></translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>全部方向</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Not placed (%1)</source>
        <translation>未安排（%1）</translation>
    </message>
</context>
<context>
    <name>Planner::DraftGenerator</name>
    <message>
        <source>before %1</source>
        <translation>%1 之前</translation>
    </message>
    <message>
        <source>%1 is over: a draft is laid out from %2 on, which is past its last day.</source>
        <translation>%1 年已结束：草案从 %2 起排布，已过该年最后一天。</translation>
    </message>
    <message numerus="yes">
        <source>no run of %n teaching day(s) in %1 that stays within the year, outside blackouts and unbroken by a long holiday</source>
        <translation><numerusform>%1 年中没有连续 %Ln 个教学日既在年内、又避开停课时段且不被长假打断</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>no venue with %n seat(s) free on the days of any start</source>
        <translation><numerusform>任何开班日期都没有空闲的 %Ln 座场地</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>no venue has %n seat(s)</source>
        <translation><numerusform>没有场地有 %Ln 个座位</numerusform></translation>
    </message>
    <message>
        <source>no two qualified instructors free on the days of any start within their limits</source>
        <translation>任何开班日期都没有两位在限额内有空的合格教师</translation>
    </message>
    <message>
        <source>no qualified instructor free on the days of any start within their limits</source>
        <translation>任何开班日期都没有在限额内有空的合格教师</translation>
    </message>
</context>
<context>
    <name>Planner::EditController</name>
    <message>
        <source>Read-only plan</source>
        <translation>只读计划</translation>
    </message>
    <message>
        <source>This plan is open read-only; it cannot be changed. Open it again once nobody else has it open to edit it.</source>
        <translation>此计划以只读方式打开，无法修改。请在其他人关闭后重新打开以进行编辑。</translation>
    </message>
    <message>
        <source>New Track</source>
        <translation>新建方向</translation>
    </message>
    <message>
        <source>New Course</source>
        <translation>新建课程</translation>
    </message>
    <message>
        <source>New Venue</source>
        <translation>新建场地</translation>
    </message>
    <message>
        <source>New Instructor…</source>
        <translation>新建教师…</translation>
    </message>
    <message>
        <source>New Cohort…</source>
        <translation>新建班级…</translation>
    </message>
    <message>
        <source>New Trainee</source>
        <translation>新建学员</translation>
    </message>
    <message>
        <source>New Target</source>
        <translation>新建目标</translation>
    </message>
    <message>
        <source>New Day</source>
        <translation>新建日期</translation>
    </message>
    <message>
        <source>Generate Series…</source>
        <translation>批量生成班级…</translation>
    </message>
    <message>
        <source>Create several cohorts of a course, every few weeks</source>
        <translation>按固定周间隔为一门课程创建多个班级</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>复制班级(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未修改</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>%1?</source>
        <translation>%1？</translation>
    </message>
    <message numerus="yes">
        <source>This also deletes %n record(s) that depend on it: sessions, assignments, enrollments, qualifications or leave.</source>
        <translation><numerusform>同时删除依赖于它的 %Ln 条记录：课次、分配、报名、资质或请假。</numerusform></translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings everything back.</source>
        <translation>“编辑 ▸ 撤销”可全部恢复。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Enroll Trainees</source>
        <translation>报名学员</translation>
    </message>
    <message>
        <source>Choose the trainees to enroll (Ctrl or Shift for several). They take the free seats in the order chosen; the rest go onto the waitlist.</source>
        <translation>选择要报名的学员（按住 Ctrl 或 Shift 可多选）。学员按所选顺序占用空余名额，其余进入候补名单。</translation>
    </message>
    <message>
        <source>Enroll in Cohort</source>
        <translation>报名班级</translation>
    </message>
    <message>
        <source>Choose the cohort: a free seat if there is one, else its waitlist. Cohorts whose dates overlap the trainee's other enrollments are refused.</source>
        <translation>选择班级：有空余名额则占用名额，否则进入候补名单。与该学员其他报名日期重叠的班级会被拒绝。</translation>
    </message>
    <message>
        <source>Transfer to Cohort</source>
        <translation>转到班级</translation>
    </message>
    <message>
        <source>Choose the cohort to transfer to: a free seat if there is one, else its waitlist. The seat left behind goes to the first on the old cohort's waitlist.</source>
        <translation>选择要转入的班级：有空余名额则占用名额，否则进入候补名单。空出的名额由原班级候补名单上的第一位递补。</translation>
    </message>
    <message numerus="yes">
        <source>%n draft cohort(s) created in %1: Edit ▸ Undo takes them all back.</source>
        <translation><numerusform>已在 %1 年创建 %Ln 个草案班级：编辑 ▸ 撤销可全部撤回。</numerusform></translation>
    </message>
    <message>
        <source>Their version is kept: %1 was not changed.</source>
        <translation>已保留对方的版本：未执行“%1”。</translation>
    </message>
</context>
<context>
    <name>Planner::EnrollmentRules</name>
    <message>
        <source>Trainee %1</source>
        <translation>学员 %1</translation>
    </message>
    <message>
        <source>Choose the trainees to enroll.</source>
        <translation>请选择要报名的学员。</translation>
    </message>
    <message>
        <source>Choose the enrollments to withdraw.</source>
        <translation>请选择要退出的报名记录。</translation>
    </message>
    <message>
        <source>Choose the enrollments to transfer.</source>
        <translation>请选择要转班的报名记录。</translation>
    </message>
    <message>
        <source>The enrollment was deleted meanwhile.</source>
        <translation>该报名记录已被删除。</translation>
    </message>
    <message>
        <source>%1 is already in %2.</source>
        <translation>%1 已在 %2 中。</translation>
    </message>
    <message>
        <source>%1 is %2 in %3: only enrolled or waitlisted trainees can be transferred.</source>
        <translation>%1 在 %3 中的状态为“%2”：只有已报名或候补的学员可以转班。</translation>
    </message>
    <message>
        <source>Choose the enrollments to change.</source>
        <translation>请选择要修改的报名记录。</translation>
    </message>
    <message>
        <source>%1 is %2 in %3 and cannot be marked %4.</source>
        <translation>%1 在 %3 中的状态为“%2”，不能标记为“%4”。</translation>
    </message>
    <message>
        <source>%1 is on the waitlist of %2: there is no attendance or score to record yet.</source>
        <translation>%1 在 %2 的候补名单上：尚无出勤或成绩可记录。</translation>
    </message>
    <message>
        <source>%1 has not completed %2 and cannot be certified.</source>
        <translation>%1 尚未结业于 %2，不能认证。</translation>
    </message>
    <message>
        <source>%1 cannot be certified on %2, before %3 started on %4.</source>
        <translation>%1 不能在 %2 认证：%3 于 %4 才开班。</translation>
    </message>
    <message>
        <source>%1 is not on the waitlist of %2.</source>
        <translation>%1 不在 %2 的候补名单上。</translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s) hold seats in %1: the capacity cannot go below that. Withdraw or transfer trainees first.</source>
        <translation><numerusform>%Ln 名学员占用 %1 的名额：容量不能低于此数。请先让学员退出或转班。</numerusform></translation>
    </message>
    <message>
        <source>%1 is already %2 in %3 (%4 – %5), whose dates overlap %6 (%7 – %8).</source>
        <translation>%1 已在 %3（%4 – %5）中，状态为“%2”，其日期与 %6（%7 – %8）重叠。</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot take a seat in %2: all its %n seat(s) are taken. Put them on the waitlist instead.</source>
        <translation><numerusform>%1 无法在 %2 中获得名额：全部 %Ln 个名额已满。请改为加入候补名单。</numerusform></translation>
    </message>
    <message>
        <source>%1 is %2 in %3 (%4 – %5)</source>
        <translation>%1 在 %3（%4 至 %5）中的状态为“%2”</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>另有 %Ln 项</numerusform></translation>
    </message>
    <message>
        <source>%1 on %2 – %3 would overlap another cohort of its trainees: %4. Withdraw or transfer them first, or choose other dates.</source>
        <translation>%1 改为 %2 至 %3 后会与其学员的另一个班次重叠：%4。请先让这些学员退出或转班，或选择其他日期。</translation>
    </message>
    <message>
        <source>%1 is %2: nobody can be enrolled in it.</source>
        <translation>%1 的状态为“%2”：不能再报名。</translation>
    </message>
</context>
<context>
    <name>Planner::EnrollmentRules::Work</name>
    <message>
        <source>The enrollment was deleted meanwhile.</source>
        <translation>该报名记录已被删除。</translation>
    </message>
    <message>
        <source>%1 is %2 in %3 and can no longer be withdrawn.</source>
        <translation>%1 在 %3 中的状态为“%2”，不能再退出。</translation>
    </message>
    <message>
        <source>The cohort was deleted meanwhile.</source>
        <translation>该班级已被删除。</translation>
    </message>
    <message>
        <source>%1 is already %2 in %3.</source>
        <translation>%1 在 %3 中的状态已是“%2”。</translation>
    </message>
</context>
<context>
    <name>Planner::FieldMarker</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>Planner::FilterBar</name>
    <message>
        <source>All tracks</source>
        <translation>全部方向</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区</translation>
    </message>
    <message>
        <source>Show only the rows of one track</source>
        <translation>只显示一个方向的行</translation>
    </message>
    <message>
        <source>Show only the rows with one status</source>
        <translation>只显示一种状态的行</translation>
    </message>
    <message>
        <source>Show only the rows of one district</source>
        <translation>只显示一个区的行</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <source>Show only the rows that contain every word typed (Ctrl+F; Escape clears)</source>
        <translation>只显示包含所输入每个词的行（Ctrl+F；Esc 清除）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Show only the rows with a date on or after this day</source>
        <translation>只显示日期在此日或之后的行</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Show only the rows with a date on or before this day</source>
        <translation>只显示日期在此日或之前的行</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>清除所有筛选条件</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>所有数据表</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>所有用户</translation>
    </message>
    <message>
        <source>Show only the changes to one table</source>
        <translation>只显示对某一数据表的更改</translation>
    </message>
    <message>
        <source>Show only the changes one user made</source>
        <translation>只显示某一用户所做的更改</translation>
    </message>
    <message>
        <source>Show only the changes to the record with this id</source>
        <translation>只显示对该编号记录的更改</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>记录编号</translation>
    </message>
</context>
<context>
    <name>Planner::FirstSteps</name>
    <message>
        <source>&lt;b&gt;Set up this plan&lt;/b&gt; — a cohort needs a course, a venue (or the online classroom) and instructors qualified for it. Lists you keep in spreadsheets can be imported.</source>
        <translation>&lt;b&gt;建立这个计划&lt;/b&gt; — 一个班级需要一门课程、一个场地（或线上教室）以及具备该课程资质的教师。保存在电子表格中的名单可以直接导入。</translation>
    </message>
    <message>
        <source>&amp;Import from a Spreadsheet…</source>
        <translation>从电子表格导入(&amp;I)…</translation>
    </message>
    <message>
        <source>1. The tracks (AI, big data …) and their courses</source>
        <translation>1. 方向（人工智能、大数据……）及其课程</translation>
    </message>
    <message>
        <source>Courses &amp; Tracks</source>
        <translation>课程与方向</translation>
    </message>
    <message>
        <source>2. The venues, with their districts and seats</source>
        <translation>2. 场地，及其所在区和座位数</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>3. The instructors and the courses each may teach</source>
        <translation>3. 教师及其可授课程</translation>
    </message>
    <message>
        <source>Instructors</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>4. The year's work calendar (public holidays, make-up days)</source>
        <translation>4. 年度工作日历（法定节假日、调休上班日）</translation>
    </message>
    <message>
        <source>Import Work Calendar…</source>
        <translation>导入工作日历…</translation>
    </message>
    <message>
        <source>5. The year's target of trainees per track</source>
        <translation>5. 各方向的年度培训目标人数</translation>
    </message>
    <message>
        <source>New Planning Year…</source>
        <translation>新建规划年度…</translation>
    </message>
    <message>
        <source>6. The cohorts: one by one, or a draft of the whole year</source>
        <translation>6. 班级：逐个新建，或生成全年草案</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>尚未完成</translation>
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
    <name>Planner::FixedCostModel</name>
    <message>
        <source>Fixed cost</source>
        <translation>固定费用</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>Planner::GoToDialog</name>
    <message>
        <source>Go to</source>
        <translation>转到</translation>
    </message>
    <message>
        <source>Go to a cohort, instructor, trainee, course or venue…</source>
        <translation>转到班级、教师、学员、课程或场地…</translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation>正在读取计划…</translation>
    </message>
    <message>
        <source>Type a code or a name. ↑↓ to choose, Enter to open, Esc to close.</source>
        <translation>输入编号或名称。↑↓ 选择，Enter 打开，Esc 关闭。</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <source>The first %1 found; type more to narrow them.</source>
        <translation>显示找到的前 %1 项；继续输入可缩小范围。</translation>
    </message>
    <message numerus="yes">
        <source>%n found.</source>
        <translation><numerusform>找到 %Ln 项。</numerusform></translation>
    </message>
</context>
<context>
    <name>Planner::GoToModel</name>
    <message>
        <source>Cohort</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
</context>
<context>
    <name>Planner::HelpDialog</name>
    <message>
        <source>Cohort Planner User Guide</source>
        <translation>培训班规划使用指南</translation>
    </message>
</context>
<context>
    <name>Planner::HistoryPage</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first: who changed what, and when</source>
        <translation><numerusform>%Ln 条更改，最新的在前：谁在何时改了什么</numerusform></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the changes shown (with the filters applied) as a CSV file for a spreadsheet</source>
        <translation>将当前显示的更改（已应用筛选）保存为可用电子表格打开的 CSV 文件</translation>
    </message>
    <message>
        <source>Select a change to see it field by field.</source>
        <translation>选择一条更改，逐字段查看。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <source>history.csv</source>
        <translation>历史记录.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the history</source>
        <translation>无法导出历史记录</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s) to %1.</source>
        <translation><numerusform>已将 %Ln 条更改保存到 %1。</numerusform></translation>
    </message>
    <message>
        <source>%1, by %2 on %3</source>
        <translation>%1，由 %2 于 %3</translation>
    </message>
    <message>
        <source>%1: %2 %3, by %4 on %5</source>
        <translation>%1：%2 %3，由 %4 于 %5</translation>
    </message>
</context>
<context>
    <name>Planner::Ics</name>
    <message>
        <source>The file is not an iCalendar file: it holds no VCALENDAR.</source>
        <translation>该文件不是 iCalendar 文件：其中没有 VCALENDAR。</translation>
    </message>
</context>
<context>
    <name>Planner::IcsExport</name>
    <message>
        <source>The instructor was deleted meanwhile.</source>
        <translation>该讲师已被删除。</translation>
    </message>
    <message>
        <source>Lead instructor</source>
        <translation>主讲讲师</translation>
    </message>
    <message>
        <source>Assistant instructor</source>
        <translation>助教讲师</translation>
    </message>
    <message>
        <source>Teaching: %1</source>
        <translation>授课安排：%1</translation>
    </message>
    <message>
        <source>The cohort was deleted meanwhile.</source>
        <translation>该班级已被删除。</translation>
    </message>
    <message>
        <source>Cohort %1</source>
        <translation>班级 %1</translation>
    </message>
    <message>
        <source>There is no instructor with the code “%1”.</source>
        <translation>没有工号为“%1”的讲师。</translation>
    </message>
    <message>
        <source>There is no cohort with the code “%1”.</source>
        <translation>没有编号为“%1”的班级。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>The venue was deleted meanwhile.</source>
        <translation>该场地已被删除。</translation>
    </message>
    <message>
        <source>Bookings: %1</source>
        <translation>场地预订：%1</translation>
    </message>
    <message>
        <source>Seats: %1</source>
        <translation>名额：%1</translation>
    </message>
    <message>
        <source>Lead instructor: %1</source>
        <translation>主讲教师：%1</translation>
    </message>
    <message>
        <source>There is no venue named “%1”.</source>
        <translation>没有名为“%1”的场地。</translation>
    </message>
    <message>
        <source>The calendar was not written: the plan could not remember what it said (%1).</source>
        <translation>日历未写入：计划无法记录日历的内容（%1）。</translation>
    </message>
    <message>
        <source>There is no such calendar.</source>
        <translation>没有这样的日历。</translation>
    </message>
</context>
<context>
    <name>Planner::IdentityDocument</name>
    <message>
        <source>X may only be the last character</source>
        <translation>X 只能是最后一位</translation>
    </message>
    <message>
        <source>X may only be the last character of an 18-character number</source>
        <translation>X 只能是 18 位号码的最后一位</translation>
    </message>
    <message>
        <source>“%1” is not a digit</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>the last character should be a digit or X, not “%1”</source>
        <translation>最后一位应为数字或 X，而不是“%1”</translation>
    </message>
    <message>
        <source>the check character should be %1, not %2</source>
        <translation>校验码应为 %1，而不是 %2</translation>
    </message>
    <message>
        <source>the birth date %1 is not a date</source>
        <translation>出生日期 %1 不是有效日期</translation>
    </message>
    <message>
        <source>the birth date %1 is before 1900</source>
        <translation>出生日期 %1 早于 1900 年</translation>
    </message>
    <message>
        <source>the birth date %1 is in the future</source>
        <translation>出生日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>%1 is the region code of a residence permit, not of a resident ID</source>
        <translation>%1 是港澳台居民居住证的地址码，不是居民身份证的地址码</translation>
    </message>
    <message>
        <source>the region code %1 is not a mainland province</source>
        <translation>地址码 %1 不是内地省级行政区的代码</translation>
    </message>
    <message>
        <source>a resident ID has 18 characters (15 digits on a first-generation card); this one has %1</source>
        <translation>居民身份证号码为 18 位（第一代身份证为 15 位数字）；此号码为 %1 位</translation>
    </message>
    <message>
        <source>a residence permit number has 18 characters; this one has %1</source>
        <translation>居住证号码为 18 位；此号码为 %1 位</translation>
    </message>
    <message>
        <source>a residence permit number starts with 810000, 820000 or 830000, not %1</source>
        <translation>居住证号码以 810000、820000 或 830000 开头，而不是 %1</translation>
    </message>
    <message>
        <source>the number starts with H (Hong Kong) or M (Macao), not “%1”</source>
        <translation>号码应以 H（香港）或 M（澳门）开头，而不是“%1”</translation>
    </message>
    <message>
        <source>%1 is followed by 8 digits (10 on older cards), not %2</source>
        <translation>%1 之后应为 8 位数字（旧版证件为 10 位），而不是 %2 位</translation>
    </message>
    <message>
        <source>only an older card's 10 digits are followed by a letter</source>
        <translation>只有旧版证件的 10 位数字之后才带一个字母</translation>
    </message>
    <message>
        <source>a Taiwan travel permit has 8 digits (10 on older cards); this one has %1</source>
        <translation>台湾居民来往大陆通行证号码为 8 位数字（旧版证件为 10 位）；此号码为 %1 位</translation>
    </message>
    <message>
        <source>a passport number has letters A to Z and digits only, not “%1”</source>
        <translation>护照号码只能包含字母 A 到 Z 和数字，不能包含“%1”</translation>
    </message>
    <message>
        <source>a passport number has 5 to 20 letters and digits; this one has %1</source>
        <translation>护照号码由 5 到 20 个字母和数字组成；此号码有 %1 个</translation>
    </message>
    <message>
        <source>a passport number has at least one digit</source>
        <translation>护照号码至少包含一位数字</translation>
    </message>
    <message>
        <source>the first 3 characters should be letters (the nationality), not %1</source>
        <translation>前 3 位应为字母（国籍代码），而不是 %1</translation>
    </message>
    <message>
        <source>an 18-character card number starts with 9, not “%1”</source>
        <translation>18 位证件号码以 9 开头，而不是“%1”</translation>
    </message>
    <message>
        <source>a foreign permanent resident ID has 15 characters (2017 card) or 18 (2023 card); this one has %1</source>
        <translation>外国人永久居留身份证号码为 15 位（2017 版）或 18 位（2023 版）；此号码为 %1 位</translation>
    </message>
    <message>
        <source>there is no number</source>
        <translation>没有号码</translation>
    </message>
</context>
<context>
    <name>Planner::ImportProblemModel</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>Planner::ImportRules</name>
    <message>
        <source>Trainees</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>报名次数</translation>
    </message>
    <message>
        <source>Instructors</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>授课资质</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>请假</translation>
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
        <source>Work calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 为必填项</translation>
    </message>
    <message>
        <source>duplicate: %1 is already on line %2</source>
        <translation>重复：%1 已在第 %2 行出现</translation>
    </message>
    <message>
        <source>“%1” is not a date (expected YYYY-MM-DD)</source>
        <translation>“%1”不是日期（应为 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3</source>
        <translation>“%1”必须是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>“%1” must be one of: %2</source>
        <translation>“%1”必须是以下之一：%2</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>“%1”不是电子邮件地址</translation>
    </message>
    <message>
        <source>unknown trainee: no trainee has the id number %1 (import the trainees first)</source>
        <translation>未知学员：没有身份证号为 %1 的学员（请先导入学员）</translation>
    </message>
    <message>
        <source>unknown cohort code %1</source>
        <translation>未知的班级编号 %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 在 %2</translation>
    </message>
    <message>
        <source>“%1” is not an attendance rate (0 to 1, or 0% to 100%)</source>
        <translation>“%1”不是出勤率（0 到 1，或 0% 到 100%）</translation>
    </message>
    <message>
        <source>“%1” is not a score from 0 to 100</source>
        <translation>“%1”不是 0 到 100 之间的成绩</translation>
    </message>
    <message>
        <source>unknown instructor code %1</source>
        <translation>未知的教师工号 %1</translation>
    </message>
    <message>
        <source>give either a course code or a track, not both</source>
        <translation>请填写课程代码或方向之一，不能同时填写或都不填</translation>
    </message>
    <message>
        <source>unknown course code %1</source>
        <translation>未知的课程代码 %1</translation>
    </message>
    <message>
        <source>unknown track %1</source>
        <translation>未知的方向 %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 的 %2</translation>
    </message>
    <message>
        <source>leave of %1 from %2</source>
        <translation>%1 自 %2 起的请假</translation>
    </message>
    <message>
        <source>unknown venue %1</source>
        <translation>未知的场地 %1</translation>
    </message>
    <message>
        <source>a cohort that is not online needs a venue</source>
        <translation>非线上班级需要场地</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 is a public holiday (%2)</source>
        <translation>%1 是法定节假日（%2）</translation>
    </message>
    <message>
        <source>%1 is a weekday; only a weekend day can be a make-up working day</source>
        <translation>%1 是工作日；只有周末才能是调休上班日</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Waitlist position</source>
        <translation>候补位次</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>报名日期</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤率</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Certified on</source>
        <translation>认证日期</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Home district</source>
        <translation>所在区</translation>
    </message>
    <message>
        <source>Max days a week</source>
        <translation>每周最多天数</translation>
    </message>
    <message>
        <source>Max days a month</source>
        <translation>每月最多天数</translation>
    </message>
    <message>
        <source>Max days a year</source>
        <translation>每年最多天数</translation>
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
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
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
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>the empty cell clears the stored value</source>
        <translation>空单元格会清除已有的值</translation>
    </message>
    <message>
        <source>“%1” is not a document type (%2)</source>
        <translation>“%1”不是证件类型（可选：%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 (for another document, give its type in a document type column, 证件类型)</source>
        <translation>%1：%2（如为其他证件，请在“证件类型”列中注明其类型）</translation>
    </message>
    <message>
        <source>the ID number %1 is masked: the file was exported without ID numbers. Export it again with the ID numbers included to import it</source>
        <translation>身份证号 %1 已遮盖：该文件导出时未包含身份证号。请重新导出并包含完整身份证号后再导入</translation>
    </message>
    <message>
        <source>%1 has a free seat, so %2 need not wait for one: import them as enrolled</source>
        <translation>%1 还有空余名额，%2 无需候补：请以“已报名”导入</translation>
    </message>
</context>
<context>
    <name>Planner::ImportWizard</name>
    <message>
        <source>Required columns: %1. Optional: %2. Headers may also be in Chinese (for example 姓名 for name).</source>
        <translation>必填列：%1。可选列：%2。表头也可以用中文（例如用“姓名”表示 name）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>选择电子表格</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8 or GB18030, separated by commas, semicolons or tabs) or an Excel workbook (.xlsx, its first sheet).</source>
        <translation>CSV 文件（UTF-8 或 GB18030，以逗号、分号或制表符分隔）或 Excel 工作簿（.xlsx，读取第一个工作表）。</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Holds:</source>
        <translation>内容(&amp;H)：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>电子表格 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Check the text</source>
        <translation>检查文本</translation>
    </message>
    <message>
        <source>The encoding and delimiter were detected. If names look garbled or rows are not split into columns, choose others.</source>
        <translation>已自动检测编码和分隔符。如果姓名显示为乱码或各行未被正确分列，请另选。</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
    <message>
        <source>GB18030 (Chinese Windows)</source>
        <translation>GB18030（中文 Windows）</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号（ , ）</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分号（ ; ）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <source>An Excel workbook: its first sheet is read.</source>
        <translation>Excel 工作簿：读取其第一个工作表。</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, columns separated by %2: %n column(s).</source>
        <translation><numerusform>按 %1 读取，以%2分隔：共 %Ln 列。</numerusform></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Choose a column for: %1</source>
        <translation>请为以下字段选择列：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked: </source>
        <translation><numerusform>已检查 %Ln 行：</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: </source>
        <translation><numerusform>已读取 %Ln 行：</numerusform></translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged.</source>
        <translation>新增 %1，修改 %2，未变 %3。</translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation>检查每一行</translation>
    </message>
    <message>
        <source>A dry run: nothing is written yet. Fix the file and go back, or import only the rows without problems.</source>
        <translation>试运行：尚未写入任何内容。请修改文件后返回，或只导入没有问题的行。</translation>
    </message>
    <message>
        <source>Export Problems…</source>
        <translation>导出问题列表…</translation>
    </message>
    <message>
        <source>Skip the rows with problems and import the others</source>
        <translation>跳过有问题的行，导入其余行</translation>
    </message>
    <message>
        <source>Export Problems</source>
        <translation>导出问题列表</translation>
    </message>
    <message>
        <source>problems.csv</source>
        <translation>问题列表.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot export the problems</source>
        <translation>无法导出问题列表</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>没有问题。</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>该文件无法导入。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked.</source>
        <translation><numerusform>已检查 %Ln 行。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1 row(s): nothing will be written unless you skip those rows.</source>
        <translation><numerusform>%1 行中有 %Ln 个问题：除非跳过这些行，否则不会写入任何内容。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The first %n are listed.</source>
        <translation><numerusform>列出了前 %Ln 个。</numerusform></translation>
    </message>
    <message>
        <source>All rows are written in one transaction: if anything fails, the plan stays as it was.</source>
        <translation>所有行在一个事务中写入：任何一步失败，计划都保持原样。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Imported %1 new and updated %2 record(s); %3 unchanged, %4 skipped.</source>
        <translation>已导入 %1 条新记录，更新 %2 条；%3 条未变，跳过 %4 条。</translation>
    </message>
    <message>
        <source>Nothing to change: every row matches the plan already.</source>
        <translation>无需更改：每一行都与计划中已有的内容一致。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>Headers recognised: %1</source>
        <translation>可识别的表头：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n waitlisted trainee(s) given a seat because a cohort's capacity grew.</source>
        <translation><numerusform>%Ln 名候补学员因班级名额增加而转为正式报名。</numerusform></translation>
    </message>
    <message>
        <source>&amp;Empty cells clear stored values</source>
        <translation>空单元格清除已有的值(&amp;E)</translation>
    </message>
    <message>
        <source>Off: an empty cell keeps what the plan has for a record the file updates. On: it clears it; the next page lists every value that would be cleared.</source>
        <translation>关闭：对于文件所更新的记录，空单元格保留计划中已有的值。开启：空单元格会清除该值；下一页会列出所有将被清除的值。</translation>
    </message>
    <message>
        <source>Store 15-digit ID numbers as &amp;18 digits</source>
        <translation>将 15 位身份证号存为 18 位(&amp;1)</translation>
    </message>
    <message>
        <source>A first-generation resident ID of 15 digits gets the century and its check character, as the 18-digit card of the same person has.</source>
        <translation>15 位的第一代身份证号会补上出生年份的世纪和校验码，与同一人的 18 位居民身份证号码一致。</translation>
    </message>
    <message>
        <source>Not imported (no field has their name): %1</source>
        <translation>未导入（没有同名字段）：%1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>From the file's column</source>
        <translation>来自文件中的列</translation>
    </message>
    <message>
        <source>Values changed</source>
        <translation>更改的值</translation>
    </message>
    <message>
        <source>Of them cleared</source>
        <translation>其中清除的</translation>
    </message>
    <message numerus="yes">
        <source>%n stored value(s) would be cleared by empty cells: see Cleared values.</source>
        <translation><numerusform>将有 %Ln 个已有的值被空单元格清除：请查看“清除的值”。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n ID number(s) of 15 digits would be stored as 18.</source>
        <translation><numerusform>%Ln 个 15 位身份证号将存为 18 位。</numerusform></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>Changes by column</source>
        <translation>各列的更改</translation>
    </message>
    <message>
        <source>Cleared values (%1)</source>
        <translation>清除的值（%1）</translation>
    </message>
    <message>
        <source>not in the file: stored values kept</source>
        <translation>文件中没有：保留已有的值</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1: not imported, no field has this name</source>
        <translation>%1：未导入，没有同名字段</translation>
    </message>
    <message>
        <source>Columns were matched by their headers; those marked * are required. A column the file does not have, and an empty cell, keep the stored value.</source>
        <translation>已按表头匹配各列，标 * 的为必填列。文件中没有的列和空单元格都保留计划中已有的值。</translation>
    </message>
    <message>
        <source>Save a Blank &amp;Template…</source>
        <translation>保存空白模板(&amp;T)…</translation>
    </message>
    <message>
        <source>A spreadsheet with this kind's column headers, to fill in and import (required columns end in *)</source>
        <translation>一个只有此类数据列标题的电子表格，填写后即可导入（必填列以 * 结尾）</translation>
    </message>
    <message>
        <source>An import is one step in the undo history: Edit ▸ Undo takes all of it back.</source>
        <translation>一次导入是撤销历史中的一步：“编辑 ▸ 撤销”可将其全部撤回。</translation>
    </message>
    <message>
        <source>Its headers name no kind's required columns: choose what it holds.</source>
        <translation>它的表头不含任何一类数据的全部必填列：请选择它包含的内容。</translation>
    </message>
    <message>
        <source>Its headers are those of %1.</source>
        <translation>从表头看，它包含的是%1。</translation>
    </message>
    <message>
        <source>%1 template.xlsx</source>
        <translation>%1模板.xlsx</translation>
    </message>
    <message>
        <source>Save a Blank Template</source>
        <translation>保存空白模板</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Edit ▸ Undo takes the whole import back in one step.</source>
        <translation>“编辑 ▸ 撤销”可一步撤回整个导入。</translation>
    </message>
</context>
<context>
    <name>Planner::Importer</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，%2 列</translation>
    </message>
    <message>
        <source>the file has no header row (it holds no rows)</source>
        <translation>文件没有表头行（不含任何行）</translation>
    </message>
    <message>
        <source>the header lacks the required column(s) %1; the file has: %2</source>
        <translation>表头缺少必填列 %1；文件中的列为：%2</translation>
    </message>
    <message>
        <source>the file has more than %1 data rows; split it into smaller files</source>
        <translation>文件的数据行超过 %1 行；请拆分为较小的文件</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header only %2</source>
        <translation>该行有 %1 个单元格，但表头只有 %2 列</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>文件只有表头，没有数据行</translation>
    </message>
    <message>
        <source>the file holds no rows</source>
        <translation>文件不含任何行</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header has %2: it lacks %3</source>
        <translation>该行有 %1 个单元格，但表头有 %2 列：缺少 %3</translation>
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
    <name>Planner::InstructorDialog</name>
    <message>
        <source>Track: %1</source>
        <translation>方向：%1</translation>
    </message>
    <message>
        <source>Course: %1 · %2</source>
        <translation>课程：%1 · %2</translation>
    </message>
    <message>
        <source>Track or course</source>
        <translation>方向或课程</translation>
    </message>
    <message>
        <source>Up to level</source>
        <translation>最高级别</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>授课资质</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Staff number:</source>
        <translation>工号(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Home district:</source>
        <translation>居住区(&amp;H)：</translation>
    </message>
    <message>
        <source>per &amp;week</source>
        <translation>每周(&amp;W)</translation>
    </message>
    <message>
        <source>per m&amp;onth</source>
        <translation>每月(&amp;O)</translation>
    </message>
    <message>
        <source>per &amp;year</source>
        <translation>每年(&amp;Y)</translation>
    </message>
    <message>
        <source>Teaching at most:</source>
        <translation>授课上限：</translation>
    </message>
    <message>
        <source>Add &amp;qualification</source>
        <translation>添加资质(&amp;Q)</translation>
    </message>
    <message>
        <source>Remove qualification</source>
        <translation>删除资质</translation>
    </message>
    <message>
        <source>Add &amp;leave</source>
        <translation>添加请假(&amp;L)</translation>
    </message>
    <message>
        <source>Remove leave</source>
        <translation>删除请假</translation>
    </message>
    <message>
        <source>Instructor %1</source>
        <translation>教师 %1</translation>
    </message>
    <message>
        <source>New instructor</source>
        <translation>新教师</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Prefers strongly (+2)</source>
        <translation>非常愿意（+2）</translation>
    </message>
    <message>
        <source>Prefers (+1)</source>
        <translation>愿意（+1）</translation>
    </message>
    <message>
        <source>Avoids (−1)</source>
        <translation>不太愿意（−1）</translation>
    </message>
    <message>
        <source>Avoids strongly (−2)</source>
        <translation>很不愿意（−2）</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>意愿</translation>
    </message>
    <message>
        <source>Course preferences</source>
        <translation>课程意愿</translation>
    </message>
    <message>
        <source>Add p&amp;reference</source>
        <translation>添加意愿(&amp;R)</translation>
    </message>
    <message>
        <source>Remove preference</source>
        <translation>删除意愿</translation>
    </message>
    <message>
        <source>Q&amp;ualifications (%1)</source>
        <translation>授课资质（%1）(&amp;U)</translation>
    </message>
    <message>
        <source>Lea&amp;ve (%1)</source>
        <translation>请假（%1）(&amp;V)</translation>
    </message>
    <message>
        <source>Course pre&amp;ferences (%1)</source>
        <translation>课程意愿（%1）(&amp;F)</translation>
    </message>
    <message>
        <source>Auto-assign weighs these when it chooses instructors.</source>
        <translation>自动安排在选择教师时会考虑这些意愿。</translation>
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
    <message>
        <source>Day rate</source>
        <translation>日薪</translation>
    </message>
    <message>
        <source>The rate of level %1</source>
        <translation>%1级别的日薪</translation>
    </message>
    <message>
        <source>Paid per teaching day. Grey: the rate of the highest level they are qualified for (Budget ▸ Rates and fixed costs); type an amount to give them their own, clear it to go back.</source>
        <translation>按授课日支付。灰色：其具备资质的最高级别的日薪（预算 ▸ 日薪与固定费用）；输入金额可为其单独设定，清空则恢复。</translation>
    </message>
</context>
<context>
    <name>Planner::LevelRateModel</name>
    <message>
        <source>Highest level qualified for</source>
        <translation>具备资质的最高级别</translation>
    </message>
    <message>
        <source>Day rate</source>
        <translation>日薪</translation>
    </message>
    <message>
        <source>The default rate: type an amount to set the plan's own</source>
        <translation>默认日薪：输入金额可为本计划设定</translation>
    </message>
    <message>
        <source>Set in the plan: clear it to go back to the default, %1</source>
        <translation>已在计划中设定：清空则恢复默认值 %1</translation>
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
        <source>Cohort Planner</source>
        <translation>培训班规划</translation>
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
        <translation><numerusform>显示 %Ln 个冲突：整个计划中有 %1 个阻断、%2 个警告。双击可转到对应班级。</numerusform></translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>全部规则</translation>
    </message>
    <message>
        <source>Blocking and warnings</source>
        <translation>阻断和警告</translation>
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
        <source>Import Work &amp;Calendar…</source>
        <translation>导入工作日历(&amp;C)…</translation>
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
    <message>
        <source>Undo failed</source>
        <translation>撤销失败</translation>
    </message>
    <message>
        <source>%1

The plan keeps its last saved state; the undo history was cleared.</source>
        <translation>%1

计划保持最后一次保存的状态；撤销历史已清空。</translation>
    </message>
    <message>
        <source>Yearly targets</source>
        <translation>年度目标</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s): trainees to train and to certify per year and track</source>
        <translation><numerusform>%Ln 个目标：每年每个方向的培训与认证人数</numerusform></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>撤销历史(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Filter Rows</source>
        <translation>筛选行(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation>转到(&amp;G)…</translation>
    </message>
    <message>
        <source>%1[*] — Cohort Planner</source>
        <translation>%1[*] — 培训班规划</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <source>&lt;plan as opened&gt;</source>
        <translation>&lt;打开时的计划&gt;</translation>
    </message>
    <message>
        <source>Click a step to go back (or forward) to it. Every step is already saved in the plan file.</source>
        <translation>单击某一步可回到（或前进到）该步。每一步都已保存在计划文件中。</translation>
    </message>
    <message>
        <source>&amp;Apply fix</source>
        <translation>应用修复(&amp;A)</translation>
    </message>
    <message>
        <source>Double-click a fix or choose Apply fix: it is made as one step you can undo.</source>
        <translation>双击某个修复或点击“应用修复”：修改作为一步完成，可以撤销。</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>无法恢复备份</translation>
    </message>
    <message>
        <source>Restored from the backup; the plan as it was is kept beside it.</source>
        <translation>已从备份恢复；恢复前的计划保留在旁边。</translation>
    </message>
    <message>
        <source>&amp;Enroll in Cohort…</source>
        <translation>报名班级(&amp;E)…</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>未报名</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import trainees, enrollments, instructors, qualifications, leave, cohorts or sessions from CSV or Excel</source>
        <translation>从 CSV 或 Excel 导入学员、报名、教师、资质、请假、班级或课次</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export these records, in the columns an import reads back:</source>
        <translation>导出以下记录（列与导入时读取的列相同）：</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV，UTF-8 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出%1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation><numerusform>已将 %Ln 行导出到 %1。</numerusform></translation>
    </message>
    <message>
        <source>&amp;Auto-assign Instructors…</source>
        <translation>自动安排教师(&amp;A)…</translation>
    </message>
    <message>
        <source>Export Sessions as Calendar (.ics)…</source>
        <translation>将课次导出为日历 (.ics)…</translation>
    </message>
    <message>
        <source>Export Teaching Schedule as Calendar (.ics)…</source>
        <translation>将授课安排导出为日历 (.ics)…</translation>
    </message>
    <message>
        <source>Back &amp;Up Now</source>
        <translation>立即备份(&amp;U)</translation>
    </message>
    <message>
        <source>Make a checked backup of the plan now, beside the automatic ones</source>
        <translation>立即为计划创建一个经过校验的备份，与自动备份放在一起</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>The plan is open read-only: backups are made by the instance that edits it.</source>
        <translation>计划以只读方式打开：备份由正在编辑它的实例创建。</translation>
    </message>
    <message>
        <source>Cannot back up the plan</source>
        <translation>无法备份计划</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>无法导出日历</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n session(s) to %1</source>
        <translation><numerusform>已将 %Ln 个课次保存到 %1</numerusform></translation>
    </message>
    <message>
        <source>Import holidays and make-up working days from a CSV or XLSX file (columns date,kind,name,name_zh)</source>
        <translation>从 CSV 或 XLSX 文件导入节假日和调休上班日（列：date,kind,name,name_zh）</translation>
    </message>
    <message>
        <source>New &amp;Planning Year…</source>
        <translation>新建规划年度(&amp;P)…</translation>
    </message>
    <message>
        <source>Start next year from this year's targets: what lapses, what is missing</source>
        <translation>以今年的目标开始规划明年：哪些资质到期、缺少什么</translation>
    </message>
    <message>
        <source>Targets &amp; Capacity</source>
        <translation>目标与能力</translation>
    </message>
    <message>
        <source>Show ID Number</source>
        <translation>显示身份证号</translation>
    </message>
    <message>
        <source>ID number not shown</source>
        <translation>未显示身份证号</translation>
    </message>
    <message>
        <source>Erase Personal Data…</source>
        <translation>删除个人信息…</translation>
    </message>
    <message>
        <source>Export Bookings as Calendar (.ics)…</source>
        <translation>将场地预订导出为日历 (.ics)…</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>导出个人信息</translation>
    </message>
    <message>
        <source>The file will hold people's personal data. Their ID numbers are masked (110108********1234) unless you include them; a file with masked numbers cannot be imported back.</source>
        <translation>该文件将包含个人信息。除非选择包含，身份证号将被遮盖（110108********1234）；身份证号已遮盖的文件无法再导入。</translation>
    </message>
    <message>
        <source>The export is recorded in the plan's History.</source>
        <translation>此次导出将记录在计划的历史记录中。</translation>
    </message>
    <message>
        <source>Include the full ID numbers</source>
        <translation>包含完整身份证号</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>The plan is open read-only, so its History cannot record an export with the full ID numbers. Open the plan for editing, or export with the numbers masked.</source>
        <translation>计划以只读方式打开，其历史记录无法记录包含完整身份证号的导出。请以编辑方式打开计划，或导出已遮盖的身份证号。</translation>
    </message>
    <message>
        <source>Export not recorded</source>
        <translation>导出未记录</translation>
    </message>
    <message>
        <source>The file was written, but the plan's History could not record it: %1</source>
        <translation>文件已写入，但计划的历史记录无法记录此次导出：%1</translation>
    </message>
    <message>
        <source>this trainee</source>
        <translation>该学员</translation>
    </message>
    <message>
        <source>Erase Personal Data</source>
        <translation>删除个人信息</translation>
    </message>
    <message>
        <source>Erase the personal data of %1 from the plan?</source>
        <translation>要从计划中删除 %1 的个人信息吗？</translation>
    </message>
    <message>
        <source>The plan holds it here:
%1

The name becomes “%2”; the ID number, employer, e-mail and phone are removed, also from the History. The enrollments and results stay, without the name, so the programme's counts stay true. This cannot be undone, and the undo history is cleared.</source>
        <translation>计划中以下位置保存了这些信息：
%1

姓名将改为“%2”；身份证号、工作单位、电子邮件和电话将被删除，历史记录中的副本也一并删除。报名和结果保留但不再关联姓名，因此项目统计数字保持不变。此操作无法撤销，撤销历史也将被清空。</translation>
    </message>
    <message>
        <source>Also delete the plan's older backups, which still hold the data (a new backup is made first)</source>
        <translation>同时删除计划中仍含有这些信息的旧备份（先创建一个新备份）</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Erased the personal data of %1.</source>
        <translation>已删除 %1 的个人信息。</translation>
    </message>
    <message numerus="yes">
        <source>(%n changed since the last export)</source>
        <translation><numerusform>（自上次导出后有 %Ln 项更改）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%n cancelled)</source>
        <translation><numerusform>（%Ln 项已取消）</numerusform></translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 skipped. Edit ▸ Undo takes the import back.</source>
        <translation>已导入%1：新增 %2，更新 %3，跳过 %4。“编辑 ▸ 撤销”可撤回此次导入。</translation>
    </message>
    <message>
        <source>“%1” is open for editing in another Cohort Planner (%2).</source>
        <translation>“%1”正在另一个培训班规划中编辑（%2）。</translation>
    </message>
    <message>
        <source>Print Sign-in Sheets…</source>
        <translation>打印签到表…</translation>
    </message>
    <message>
        <source>Print Roster…</source>
        <translation>打印名册…</translation>
    </message>
    <message>
        <source>Print Timetable…</source>
        <translation>打印课表…</translation>
    </message>
    <message>
        <source>Print Bookings…</source>
        <translation>打印场地预订…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the year's plan, timetables, venue bookings, sign-in sheets, a roster or the certification list, or save it as PDF</source>
        <translation>打印年度计划、课表、场地预订、签到表、名册或认证名单，或保存为 PDF</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Close Plan</source>
        <translation>关闭计划(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&lt;p&gt;The plan open: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;当前打开的计划：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cohort Planner %1&lt;/h3&gt;&lt;p&gt;Plans the cohorts, instructors and trainees of engineer training programmes against their yearly targets.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the Cohort Planner developers.&lt;br&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built on: Qt %2 (LGPL-3.0), SQLite %3 (public domain), QCustomPlot (GPL-3.0), LEMON (Boost Software License), GLPK (GPL-3.0), libxlsxwriter (BSD-2-Clause), minizip (zlib licence), libical (LGPL-2.1 or MPL-2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;培训班规划 %1&lt;/h3&gt;&lt;p&gt;按年度目标规划工程师培训项目的班级、教师和学员。&lt;/p&gt;&lt;p&gt;版权所有 © 2026 培训班规划开发者。&lt;br&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;&lt;p&gt;所用软件：Qt %2（LGPL-3.0）、SQLite %3（公有领域）、QCustomPlot（GPL-3.0）、LEMON（Boost 软件许可证）、GLPK（GPL-3.0）、libxlsxwriter（BSD-2-Clause）、minizip（zlib 许可证）、libical（LGPL-2.1 或 MPL-2.0）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>首选项已保存。</translation>
    </message>
    <message>
        <source>Make It the Plan</source>
        <translation>设为计划</translation>
    </message>
    <message>
        <source>Make the scenario “%1” the plan?

The plan as it is now is backed up first: File ▸ Restore from Backup… brings it back.</source>
        <translation>将方案“%1”设为计划？

当前的计划会先备份：“文件 ▸ 从备份恢复…”可将其恢复。</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Sce&amp;narios…</source>
        <translation>方案(&amp;N)…</translation>
    </message>
    <message>
        <source>What-if copies of the plan: create, open, compare and make one the plan</source>
        <translation>计划的假设副本：创建、打开、比较，并可将其中之一设为计划</translation>
    </message>
    <message>
        <source>Scenario “%1” of %2</source>
        <translation>%2 的方案“%1”</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scenario “%1”&lt;/b&gt; of %2: what you change here never touches the plan. &lt;a href="plan"&gt;Back to the plan&lt;/a&gt; · &lt;a href="scenarios"&gt;Scenarios…&lt;/a&gt; · &lt;a href="promote"&gt;Make it the plan…&lt;/a&gt;</source>
        <translation>&lt;b&gt;方案“%1”&lt;/b&gt;（属于 %2）：在这里所做的修改不会影响计划。&lt;a href="plan"&gt;返回计划&lt;/a&gt; · &lt;a href="scenarios"&gt;方案…&lt;/a&gt; · &lt;a href="promote"&gt;设为计划…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Cannot make the scenario the plan</source>
        <translation>无法将方案设为计划</translation>
    </message>
    <message>
        <source>“%1” is now the plan. The plan before it is backed up as %2 (File ▸ Restore from Backup… brings it back).</source>
        <translation>“%1”现在是计划了。之前的计划已备份为 %2（“文件 ▸ 从备份恢复…”可将其恢复）。</translation>
    </message>
    <message>
        <source>Changed on the server by %1: shown now.</source>
        <translation>%1 在服务器上做了更改：现已显示。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The connection to the server was lost&lt;/b&gt; (%1). Cohort Planner connects again by itself every %n second(s); until then nothing can be changed, and what you see may be out of date.</source>
        <translation><numerusform>&lt;b&gt;与服务器的连接已断开&lt;/b&gt;（%1）。Cohort Planner 每 %Ln 秒自动重新连接；在此之前无法更改，所见内容可能已过时。</numerusform></translation>
    </message>
    <message>
        <source>Connected to the server again; the changes made meanwhile are shown.</source>
        <translation>已重新连接服务器；期间的更改已显示。</translation>
    </message>
    <message>
        <source>Open &amp;Server Plan…</source>
        <translation>打开服务器计划(&amp;S)…</translation>
    </message>
    <message>
        <source>Open a plan your team keeps on a PostgreSQL server</source>
        <translation>打开团队保存在 PostgreSQL 服务器上的计划</translation>
    </message>
    <message>
        <source>No server plan was opened.</source>
        <translation>未打开服务器计划。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>For a plan on a server, check out a copy (File ▸ Check Out for Offline Work) to do this</source>
        <translation>服务器上的计划需先检出副本（文件 ▸ 检出以离线工作）才能执行此操作</translation>
    </message>
    <message>
        <source>Checked out from %1. File ▸ Synchronise with Server sends your changes there.</source>
        <translation>检出自 %1。“文件 ▸ 与服务器同步”会把您的更改发送到服务器。</translation>
    </message>
    <message>
        <source>Copy the server plan into a plan file to work on without the server; synchronise it when you are back</source>
        <translation>把服务器上的计划复制为计划文件，无需服务器即可工作；回来后再同步</translation>
    </message>
    <message>
        <source>S&amp;ynchronise with Server…</source>
        <translation>与服务器同步(&amp;Y)…</translation>
    </message>
    <message>
        <source>Send the changes made in this checkout to its server and receive everyone else's</source>
        <translation>把在此检出副本中所做的更改发送到服务器，并接收其他人的更改</translation>
    </message>
    <message>
        <source>Check Out for Offline Work</source>
        <translation>检出以离线工作</translation>
    </message>
    <message>
        <source>Copying the plan from the server…</source>
        <translation>正在从服务器复制计划…</translation>
    </message>
    <message>
        <source>Cannot check the plan out</source>
        <translation>无法检出计划</translation>
    </message>
    <message>
        <source>Checked Out</source>
        <translation>已检出</translation>
    </message>
    <message numerus="yes">
        <source>The plan is copied into %1 (%n record(s)). Work on it anywhere, then choose File ▸ Synchronise with Server to send your changes and receive everyone else's. Open the copy now?</source>
        <translation><numerusform>计划已复制到 %1（%n 条记录）。您可以在任何地方处理它，然后选择“文件 ▸ 与服务器同步”发送您的更改并接收其他人的更改。现在打开副本吗？</numerusform></translation>
    </message>
    <message>
        <source>Chec&amp;k Out for Offline Work…</source>
        <translation>检出以离线工作(&amp;K)…</translation>
    </message>
    <message>
        <source>The password was not kept: %1</source>
        <translation>密码未保存：%1</translation>
    </message>
</context>
<context>
    <name>Planner::MonthCostModel</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Cost of the month</source>
        <translation>当月费用</translation>
    </message>
    <message>
        <source>Spent so far</source>
        <translation>累计支出</translation>
    </message>
    <message>
        <source>Forecast so far</source>
        <translation>累计预测</translation>
    </message>
    <message>
        <source>Budget so far</source>
        <translation>累计预算</translation>
    </message>
    <message>
        <source>Everything the month costs: what is spent, then what is still planned</source>
        <translation>当月全部费用：已支出的，加上仍在计划中的</translation>
    </message>
    <message>
        <source>The year's budget spread evenly over its months</source>
        <translation>全年预算平均分摊到各月</translation>
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
    <name>Planner::NeedChart</name>
    <message>
        <source>Need and availability by month</source>
        <translation>每月需求与可用</translation>
    </message>
    <message>
        <source>need-by-month</source>
        <translation>每月需求</translation>
    </message>
    <message>
        <source>Instructor-days</source>
        <translation>教师人天</translation>
    </message>
    <message>
        <source>Venue slot-days</source>
        <translation>场地时段天</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>所需</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
</context>
<context>
    <name>Planner::NewCohortDialog</name>
    <message>
        <source>&amp;Course:</source>
        <translation>课程(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;First start:</source>
        <translation>首期开班(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开班(&amp;S)：</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <source>&amp;Number of cohorts:</source>
        <translation>班级数量(&amp;N)：</translation>
    </message>
    <message>
        <source>One starting &amp;every:</source>
        <translation>开班间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>场地(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <source>C&amp;apacity:</source>
        <translation>容量(&amp;A)：</translation>
    </message>
    <message>
        <source>Meets:</source>
        <translation>上课时间：</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
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
        <source>Sessions</source>
        <translation>课次</translation>
    </message>
    <message>
        <source>Cohorts to generate</source>
        <translation>要生成的班级</translation>
    </message>
    <message>
        <source>Cohorts to generate:</source>
        <translation>要生成的班级：</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>编号(&amp;D)：</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>课次：</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <source>Generate a series of cohorts</source>
        <translation>批量生成班级</translation>
    </message>
    <message>
        <source>New cohort</source>
        <translation>新建班级</translation>
    </message>
    <message>
        <source>%1 · teaching days: %2</source>
        <translation>%1 · 授课天数：%2</translation>
    </message>
    <message>
        <source>The pattern has no working day to meet on.</source>
        <translation>按此模式没有可上课的工作日。</translation>
    </message>
    <message>
        <source>%1 – %2 · teaching days: %3 · sessions: %4</source>
        <translation>%1 – %2 · 授课天数：%3 · 课次：%4</translation>
    </message>
    <message>
        <source>Add cohort %1</source>
        <translation>添加班级 %1</translation>
    </message>
    <message>
        <source>Duplicate %1 as %2</source>
        <translation>将 %1 复制为 %2</translation>
    </message>
    <message>
        <source>Generate a cohort of %1</source>
        <translation>生成一个 %1 班级</translation>
    </message>
    <message>
        <source>Generate %1 cohorts of %2</source>
        <translation>生成 %1 个 %2 班级</translation>
    </message>
    <message>
        <source>The course's weekdays give no working day to meet on: choose another course or change its pattern.</source>
        <translation>该课程的上课星期中没有可上课的工作日：请选择其他课程或修改其上课模式。</translation>
    </message>
    <message>
        <source>The plan has no course yet: a cohort teaches a course. Add the tracks and their courses on the Courses &amp; Tracks page first, or import them.</source>
        <translation>计划中还没有课程：每个班级都讲授一门课程。请先在“课程与方向”页面添加方向及其课程，或从文件导入。</translation>
    </message>
    <message>
        <source>The copy starts on %1, not after the original: the day after it (%2) is past.</source>
        <translation>副本于 %1 开班，而不是紧接原班级之后：原班级之后的日期（%2）已经过去。</translation>
    </message>
    <message>
        <source>%1 — %2 seats, free</source>
        <extracomment>A venue in New Cohort's list: %1 name, %2 seats</extracomment>
        <translation>%1 — %2 个座位，空闲</translation>
    </message>
    <message>
        <source>%1 — online</source>
        <translation>%1 — 线上</translation>
    </message>
    <message>
        <source>%1 — booked by %2 on %3</source>
        <extracomment>%1 venue, %2 the cohort meeting there, %3 the day</extracomment>
        <translation>%1 — %3 已被 %2 占用</translation>
    </message>
    <message>
        <source>%1 — %2 seats, too few</source>
        <translation>%1 — %2 个座位，不够</translation>
    </message>
    <message>
        <source>%1 is booked by %2 on %3: the venues listed first are free on these days.</source>
        <translation>%1 在 %3 已被 %2 占用：列表前面的场地在这些日期都空闲。</translation>
    </message>
    <message>
        <source>%1 has %2 seats, fewer than the %3 this cohort offers.</source>
        <translation>%1 只有 %2 个座位，少于本班级的 %3 个名额。</translation>
    </message>
</context>
<context>
    <name>Planner::NewYearDialog</name>
    <message>
        <source>Track</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>To train</source>
        <translation>培训人数</translation>
    </message>
    <message>
        <source>To certify</source>
        <translation>认证人数</translation>
    </message>
    <message>
        <source>Import Work &amp;Calendar…</source>
        <translation>导入工作日历(&amp;C)…</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资质</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>New Planning Year</source>
        <translation>新建规划年度</translation>
    </message>
    <message>
        <source>A planning year starts from the targets of the year before, scaled by the growth you expect. You can change each target afterwards on the Courses &amp; Tracks page.</source>
        <translation>规划年度以上一年的目标为起点，按预计的增长调整。之后可以在“课程与方向”页修改每个目标。</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Growth of the targets:</source>
        <translation>目标增长(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Create Year</source>
        <translation>创建年度(&amp;C)</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Targets of %1, from those of %2:</source>
        <translation>%1 年的目标（以 %2 年为起点）：</translation>
    </message>
    <message>
        <source>%1 trainees in all.</source>
        <translation>共 %1 名学员。</translation>
    </message>
    <message>
        <source>The plan has no work calendar for %1: until you import the official one, %1 runs on weekends only and its public holidays are unknown (the Conflicts page names every cohort with sessions in it).</source>
        <translation>计划中没有 %1 年的工作日历：导入官方日历之前，%1 年只按周末排休，法定节假日未知（“冲突”页会列出在该年有课的每个班级）。</translation>
    </message>
    <message>
        <source>The plan has the work calendar of %1.</source>
        <translation>计划中已有 %1 年的工作日历。</translation>
    </message>
    <message>
        <source>No qualification lapses during %1.</source>
        <translation>%1 年内没有到期的资质。</translation>
    </message>
    <message>
        <source>Qualifications that lapse during %1 (%2): their holders cannot teach under them afterwards unless they are renewed.</source>
        <translation>%1 年内到期的资质（%2 项）：到期后除非续期，持有人不能再凭其授课。</translation>
    </message>
</context>
<context>
    <name>Planner::OpenServerDialog</name>
    <message>
        <source>Open &amp;read-only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open Server Plan</source>
        <translation>打开服务器计划</translation>
    </message>
    <message>
        <source>A plan your team keeps on a PostgreSQL server. Your director gives you its address and your login; every change you make is written there at once, and you see the others' as they make them.</source>
        <translation>团队保存在 PostgreSQL 服务器上的计划。地址和登录名由主管提供；您的每项更改都会立即写入服务器，其他人的更改也会实时显示。</translation>
    </message>
    <message>
        <source>kept for this session only</source>
        <translation>仅在本次使用期间保留</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Re&amp;member the password in this computer's keychain</source>
        <translation>在本机钥匙串中记住密码(&amp;M)</translation>
    </message>
    <message>
        <source>The system keychain keeps it (GNOME Keyring, KWallet or the Windows Credential Manager), never a file. Untick to forget a password kept before.</source>
        <translation>由系统钥匙串（GNOME 密钥环、KWallet 或 Windows 凭据管理器）保存，从不写入文件。取消勾选即可忘记之前保存的密码。</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>保存在系统钥匙串中</translation>
    </message>
</context>
<context>
    <name>Planner::PasswordKeeper</name>
    <message>
        <source>This computer has no keychain service running (%1), so the password cannot be kept: it is asked for each time.</source>
        <translation>本机没有运行钥匙串服务（%1），因此无法保存密码：每次都会询问。</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1).</source>
        <translation>系统钥匙串拒绝访问（%1）。</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>系统钥匙串出错：%1</translation>
    </message>
</context>
<context>
    <name>Planner::PastedColumn</name>
    <message>
        <source>There is nothing to paste.</source>
        <translation>没有可粘贴的内容。</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a score from 0 to 100.</source>
        <translation>第 %1 行：“%2”不是 0 到 100 之间的成绩。</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not an attendance rate (0 to 1, or 0% to 100%).</source>
        <translation>第 %1 行：“%2”不是出勤率（0 到 1，或 0% 到 100%）。</translation>
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
    <message>
        <source>it holds a record of %1 MiB, more than the %2 MiB a plan may hold in one record</source>
        <translation>其中有一条 %1 MiB 的记录，超过计划文件单条记录 %2 MiB 的上限</translation>
    </message>
    <message>
        <source>The plan file “%1” was deleted or moved while it was open</source>
        <translation>计划文件“%1”在打开期间被删除或移走</translation>
    </message>
    <message>
        <source>The plan file “%1” was replaced or moved while it was open</source>
        <translation>计划文件“%1”在打开期间被替换或移走</translation>
    </message>
    <message>
        <source>a Cohort Planner stopped in the middle of a change to it, and the change must be undone first; open it for editing once (nothing that was saved is lost)</source>
        <translation>有一个培训班规划在修改该文件的过程中停止了，必须先撤销这次未完成的修改；请以可编辑方式打开一次（已保存的内容不会丢失）</translation>
    </message>
    <message>
        <source>the change a stopped Cohort Planner left half done cannot be undone: %1</source>
        <translation>无法撤销已停止的培训班规划留下的未完成修改：%1</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder “%2” does not exist</source>
        <translation>无法创建“%1”：文件夹“%2”不存在</translation>
    </message>
    <message>
        <source>Cannot create “%1”: “%2” is not a folder</source>
        <translation>无法创建“%1”：“%2”不是文件夹</translation>
    </message>
    <message>
        <source>The changes could not be written to the plan on the server: %1</source>
        <translation>更改未能写入服务器上的计划：%1</translation>
    </message>
</context>
<context>
    <name>Planner::PlanEditor</name>
    <message>
        <source>No plan is open.</source>
        <translation>没有打开的计划。</translation>
    </message>
    <message>
        <source>The plan is open read-only; nothing was changed.</source>
        <translation>计划以只读方式打开；未做任何修改。</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>未做任何修改：%1</translation>
    </message>
    <message>
        <source>Nothing was changed: %1. Use Save As to keep a copy of the plan as it is open.</source>
        <translation>未做任何更改：%1。请用“另存为”保存当前打开的计划副本。</translation>
    </message>
</context>
<context>
    <name>Planner::PlanEdits</name>
    <message>
        <source>Add track %1</source>
        <translation>添加方向 %1</translation>
    </message>
    <message>
        <source>Edit track %1</source>
        <translation>编辑方向 %1</translation>
    </message>
    <message>
        <source>Add course %1</source>
        <translation>添加课程 %1</translation>
    </message>
    <message>
        <source>Edit course %1</source>
        <translation>编辑课程 %1</translation>
    </message>
    <message>
        <source>Add venue %1</source>
        <translation>添加场地 %1</translation>
    </message>
    <message>
        <source>Edit venue %1</source>
        <translation>编辑场地 %1</translation>
    </message>
    <message>
        <source>Add instructor %1</source>
        <translation>添加教师 %1</translation>
    </message>
    <message>
        <source>Edit instructor %1</source>
        <translation>编辑教师 %1</translation>
    </message>
    <message>
        <source>Add qualification%1</source>
        <translation>添加资质%1</translation>
    </message>
    <message>
        <source>Edit qualification%1</source>
        <translation>编辑资质%1</translation>
    </message>
    <message>
        <source>Add leave from %1</source>
        <translation>添加自 %1 起的请假</translation>
    </message>
    <message>
        <source>Edit leave from %1</source>
        <translation>编辑自 %1 起的请假</translation>
    </message>
    <message>
        <source>Add cohort %1</source>
        <translation>添加班级 %1</translation>
    </message>
    <message>
        <source>Edit cohort %1</source>
        <translation>编辑班级 %1</translation>
    </message>
    <message>
        <source>Add session on %1</source>
        <translation>添加 %1 的课次</translation>
    </message>
    <message>
        <source>Edit session on %1</source>
        <translation>编辑 %1 的课次</translation>
    </message>
    <message>
        <source>Assign instructor%1</source>
        <translation>分配教师%1</translation>
    </message>
    <message>
        <source>Edit assignment%1</source>
        <translation>编辑分配%1</translation>
    </message>
    <message>
        <source>Add trainee %1</source>
        <translation>添加学员 %1</translation>
    </message>
    <message>
        <source>Edit trainee %1</source>
        <translation>编辑学员 %1</translation>
    </message>
    <message>
        <source>Add enrollment%1</source>
        <translation>添加报名%1</translation>
    </message>
    <message>
        <source>Edit enrollment%1</source>
        <translation>编辑报名%1</translation>
    </message>
    <message>
        <source>Add target for %1</source>
        <translation>添加 %1 年目标</translation>
    </message>
    <message>
        <source>Edit target for %1</source>
        <translation>编辑 %1 年目标</translation>
    </message>
    <message>
        <source>Add calendar day %1</source>
        <translation>添加日历日期 %1</translation>
    </message>
    <message>
        <source>Edit calendar day %1</source>
        <translation>编辑日历日期 %1</translation>
    </message>
    <message>
        <source>There is already a track named “%1”.</source>
        <translation>已有名为“%1”的方向。</translation>
    </message>
    <message>
        <source>There is already a course with the code %1.</source>
        <translation>已有编号为 %1 的课程。</translation>
    </message>
    <message>
        <source>There is already a venue named “%1”.</source>
        <translation>已有名为“%1”的场地。</translation>
    </message>
    <message>
        <source>There is already an instructor with the staff number %1.</source>
        <translation>已有工号为 %1 的教师。</translation>
    </message>
    <message>
        <source>There is already a cohort with the code %1.</source>
        <translation>已有编号为 %1 的班级。</translation>
    </message>
    <message>
        <source>There is already a trainee with the identity number %1.</source>
        <translation>已有身份证号为 %1 的学员。</translation>
    </message>
    <message>
        <source>The record was deleted meanwhile; nothing was changed.</source>
        <translation>该记录已被删除；未做任何修改。</translation>
    </message>
    <message>
        <source>There is already an entry for %1.</source>
        <translation>%1 已有记录。</translation>
    </message>
    <message>
        <source>New track</source>
        <translation>新方向</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>新课程</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>新场地</translation>
    </message>
    <message>
        <source>New instructor</source>
        <translation>新教师</translation>
    </message>
    <message>
        <source>New trainee</source>
        <translation>新学员</translation>
    </message>
    <message>
        <source>There is nothing to create.</source>
        <translation>没有要创建的内容。</translation>
    </message>
    <message>
        <source>The code %1 is given to two new cohorts.</source>
        <translation>编号 %1 被两个新班级同时使用。</translation>
    </message>
    <message>
        <source>The cohorts were deleted meanwhile.</source>
        <translation>这些班级已被删除。</translation>
    </message>
    <message>
        <source>Delete cohort %1</source>
        <translation>删除班级 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cohorts</source>
        <translation><numerusform>删除 %Ln 个班级</numerusform></translation>
    </message>
    <message>
        <source>The instructors were deleted meanwhile.</source>
        <translation>这些教师已被删除。</translation>
    </message>
    <message>
        <source>Delete instructor %1</source>
        <translation>删除教师 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n instructors</source>
        <translation><numerusform>删除 %Ln 名教师</numerusform></translation>
    </message>
    <message>
        <source>The trainees were deleted meanwhile.</source>
        <translation>这些学员已被删除。</translation>
    </message>
    <message>
        <source>Delete trainee %1</source>
        <translation>删除学员 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n trainees</source>
        <translation><numerusform>删除 %Ln 名学员</numerusform></translation>
    </message>
    <message>
        <source>The courses were deleted meanwhile.</source>
        <translation>这些课程已被删除。</translation>
    </message>
    <message numerus="yes">
        <source>%n cohorts are of these courses (e.g. %1): delete them first, or keep the course.</source>
        <translation><numerusform>有 %Ln 个班级属于这些课程（如 %1）：请先删除这些班级，或保留该课程。</numerusform></translation>
    </message>
    <message>
        <source>Delete course %1</source>
        <translation>删除课程 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n courses</source>
        <translation><numerusform>删除 %Ln 门课程</numerusform></translation>
    </message>
    <message>
        <source>The venues were deleted meanwhile.</source>
        <translation>这些场地已被删除。</translation>
    </message>
    <message numerus="yes">
        <source>%n cohorts meet at these venues (e.g. %1): move or delete them first.</source>
        <translation><numerusform>有 %Ln 个班级在这些场地上课（如 %1）：请先移动或删除这些班级。</numerusform></translation>
    </message>
    <message>
        <source>Delete venue %1</source>
        <translation>删除场地 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n venues</source>
        <translation><numerusform>删除 %Ln 个场地</numerusform></translation>
    </message>
    <message>
        <source>The tracks were deleted meanwhile.</source>
        <translation>这些方向已被删除。</translation>
    </message>
    <message numerus="yes">
        <source>%n courses belong to these tracks (e.g. %1): delete or move them first.</source>
        <translation><numerusform>有 %Ln 门课程属于这些方向（如 %1）：请先删除或移动这些课程。</numerusform></translation>
    </message>
    <message>
        <source>Delete track %1</source>
        <translation>删除方向 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tracks</source>
        <translation><numerusform>删除 %Ln 个方向</numerusform></translation>
    </message>
    <message>
        <source>The targets were deleted meanwhile.</source>
        <translation>这些目标已被删除。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n targets</source>
        <translation><numerusform>删除 %Ln 个目标</numerusform></translation>
    </message>
    <message>
        <source>The calendar days were deleted meanwhile.</source>
        <translation>这些日历日期已被删除。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n calendar days</source>
        <translation><numerusform>删除 %Ln 个日历日期</numerusform></translation>
    </message>
    <message>
        <source>The cohort was deleted meanwhile.</source>
        <translation>该班级已被删除。</translation>
    </message>
    <message>
        <source>This edit would add a blocking conflict: %1</source>
        <translation>此修改会新增阻断性冲突：%1</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>（另有 %1 项）</translation>
    </message>
    <message>
        <source>%1 no longer teaches %2.</source>
        <translation>%1 已不再教授 %2。</translation>
    </message>
    <message>
        <source>%1 already teaches %2.</source>
        <translation>%1 已在教授 %2。</translation>
    </message>
    <message>
        <source>Replace %1 by %2 in %3</source>
        <translation>在 %3 中用 %2 替换 %1</translation>
    </message>
    <message>
        <source>Make %1 the lead of %2</source>
        <translation>让 %1 担任 %2 的主讲</translation>
    </message>
    <message>
        <source>Move %1 to start on %2</source>
        <translation>将 %1 改为 %2 开班</translation>
    </message>
    <message>
        <source>The venue was deleted meanwhile.</source>
        <translation>该场地已被删除。</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>将 %1 移至 %2</translation>
    </message>
    <message numerus="yes">
        <source>Enroll %n trainee(s) in %1</source>
        <translation><numerusform>为 %1 报名 %Ln 名学员</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%n on the waitlist)</source>
        <translation><numerusform>（%Ln 名候补）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %n trainee(s)</source>
        <translation><numerusform>%Ln 名学员退出</numerusform></translation>
    </message>
    <message>
        <source>Withdraw %1 from %2</source>
        <translation>%1 退出 %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n promoted from the waitlist)</source>
        <translation><numerusform>（%Ln 名候补递补）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Transfer %n trainee(s) to %1</source>
        <translation><numerusform>将 %Ln 名学员转到 %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n trainee(s) completed</source>
        <translation><numerusform>将 %Ln 名学员标记为已结业</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n trainee(s) failed</source>
        <translation><numerusform>将 %Ln 名学员标记为未通过</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Record the certificates of %n trainee(s)</source>
        <translation><numerusform>记录 %Ln 名学员的证书</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Record the outcomes of %n trainee(s)</source>
        <translation><numerusform>记录 %Ln 名学员的结果</numerusform></translation>
    </message>
    <message>
        <source>Move to place %1 on the waitlist</source>
        <translation>移到候补名单第 %1 位</translation>
    </message>
    <message>
        <source>A preference names no course: choose one or remove the row.</source>
        <translation>有一条意愿未指定课程：请选择课程或删除该行。</translation>
    </message>
    <message>
        <source>A preference is from %1 to %2 and not 0 (got %3).</source>
        <translation>意愿取值为 %1 到 %2 且不能为 0（当前为 %3）。</translation>
    </message>
    <message>
        <source>Course %1 has two preferences: keep one.</source>
        <translation>课程 %1 有两条意愿：请只保留一条。</translation>
    </message>
    <message>
        <source>New planning year %1</source>
        <translation>新建 %1 规划年度</translation>
    </message>
    <message>
        <source>The draft of %1 has no cohorts to create.</source>
        <translation>%1 年草案中没有要创建的班级。</translation>
    </message>
    <message>
        <source>Generate the draft of %1 (%n cohort(s))</source>
        <translation>生成 %1 年草案（%n 个班级）</translation>
    </message>
    <message>
        <source>Set the assumptions of the course %1</source>
        <translation>设定课程 %1 的假设</translation>
    </message>
    <message>
        <source>The track has no target for %1: enter one first, the assumptions go with it.</source>
        <translation>该方向没有 %1 年的目标：请先录入目标，假设随目标保存。</translation>
    </message>
    <message>
        <source>Set the assumptions of %1 for %2</source>
        <translation>设定 %1 在 %2 年的假设</translation>
    </message>
    <message>
        <source>Set the share of new cohorts of %1</source>
        <translation>设定 %1 的新班级占比</translation>
    </message>
    <message>
        <source>That changes nothing.</source>
        <translation>这不会改变任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Move cohort %1 %n working day(s) later</source>
        <translation><numerusform>将班级 %1 推后 %Ln 个工作日</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move cohort %1 %n working day(s) earlier</source>
        <translation><numerusform>将班级 %1 提前 %Ln 个工作日</numerusform></translation>
    </message>
    <message>
        <source>Change the end of cohort %1 to %2</source>
        <translation>将班级 %1 的结束日期改为 %2</translation>
    </message>
    <message>
        <source>Set the day rate of level %1</source>
        <translation>设定%1级别的日薪</translation>
    </message>
    <message>
        <source>Edit the day rate of level %1</source>
        <translation>修改%1级别的日薪</translation>
    </message>
    <message>
        <source>Add fixed cost %1</source>
        <translation>添加固定费用 %1</translation>
    </message>
    <message>
        <source>Edit fixed cost %1</source>
        <translation>修改固定费用 %1</translation>
    </message>
    <message>
        <source>%1 already has a fixed cost named “%2”.</source>
        <translation>%1 年已有名为“%2”的固定费用。</translation>
    </message>
    <message>
        <source>New cost</source>
        <translation>新费用</translation>
    </message>
    <message>
        <source>New cost %1</source>
        <translation>新费用 %1</translation>
    </message>
    <message>
        <source>The fixed costs were deleted meanwhile.</source>
        <translation>这些固定费用已被删除。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n fixed cost(s)</source>
        <translation><numerusform>删除 %Ln 项固定费用</numerusform></translation>
    </message>
    <message>
        <source>Reset the day rate of level %1</source>
        <translation>恢复%1级别的默认日薪</translation>
    </message>
    <message>
        <source>Someone else changed the sessions of cohort %1 after the timeline showed them, so nothing was changed. The timeline now shows them as they are: drag again if it still applies.</source>
        <translation>在时间线显示之后，其他人更改了班级 %1 的课次，因此未做任何更改。时间线现在显示的是当前的课次：如仍需要，请再次拖动。</translation>
    </message>
    <message>
        <source>Someone else removed the enrollment of %1 after the roster showed it, so nothing was changed. The roster now shows the cohort as it is.</source>
        <translation>在名册显示之后，其他人删除了 %1 的报名，因此未做任何更改。名册现在显示的是班级的当前状态。</translation>
    </message>
    <message>
        <source>Someone else changed the enrollment of %1 after the roster showed it, so nothing was changed. The roster now shows it as it is: do it again if it still applies.</source>
        <translation>在名册显示之后，其他人更改了 %1 的报名，因此未做任何更改。名册现在显示的是当前状态：如仍需要，请再做一次。</translation>
    </message>
</context>
<context>
    <name>Planner::PlanInvariants</name>
    <message>
        <source>this would break the plan's rules: %1</source>
        <translation>这会违反计划的规则：%1</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation><numerusform>（另有 %Ln 项）</numerusform></translation>
    </message>
</context>
<context>
    <name>Planner::PlanQueries</name>
    <message>
        <source>%1 ≤ %2</source>
        <comment>a track qualification up to a level</comment>
        <translation>%1 ≤ %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between qualifications in a list</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Planner::PlanRules</name>
    <message>
        <source>trainee %1</source>
        <translation>学员 %1</translation>
    </message>
    <message numerus="yes">
        <source>Cohort %1 seats %2 trainees, more than its %n seats.</source>
        <translation><numerusform>班次 %1 已安排 %2 名学员，超过其 %Ln 个名额。</numerusform></translation>
    </message>
    <message>
        <source>The waiting list of cohort %1 is not numbered 1 to %2.</source>
        <translation>班次 %1 的候补名单编号不是 1 到 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Cohort %1 has %n free seats while trainees wait for one.</source>
        <translation><numerusform>班次 %1 有 %Ln 个空余名额，却仍有学员在候补。</numerusform></translation>
    </message>
</context>
<context>
    <name>Planner::PlanSession</name>
    <message>
        <source>No plan is open.</source>
        <translation>没有打开的计划。</translation>
    </message>
    <message>
        <source>The plan is open read-only: backups are made by the instance that edits it.</source>
        <translation>计划以只读方式打开：备份由正在编辑它的实例创建。</translation>
    </message>
    <message>
        <source>The plan is open read-only, so its History cannot record who saw the ID number: open it for editing to reveal one.</source>
        <translation>计划以只读方式打开，其历史记录无法记录谁查看了身份证号：请以编辑方式打开计划后再查看。</translation>
    </message>
    <message>
        <source>The plan is open read-only.</source>
        <translation>计划以只读方式打开。</translation>
    </message>
    <message>
        <source>The plan is open read-only: open it for editing to erase a trainee's personal data.</source>
        <translation>计划以只读方式打开：请以编辑方式打开后再删除学员的个人信息。</translation>
    </message>
    <message>
        <source>The trainee was deleted meanwhile.</source>
        <translation>该学员已在此期间被删除。</translation>
    </message>
    <message>
        <source>The personal data was erased, but the older backups were kept: no new backup could be made (%1).</source>
        <translation>个人信息已删除，但旧备份仍保留：无法创建新备份（%1）。</translation>
    </message>
    <message>
        <source>The personal data was erased, but not every older backup could be deleted: %1</source>
        <translation>个人信息已删除，但部分旧备份无法删除：%1</translation>
    </message>
    <message>
        <source>Import of %1 (%2)</source>
        <translation>导入%1（%2）</translation>
    </message>
    <message>
        <source>The open plan is not on a server.</source>
        <translation>打开的计划不在服务器上。</translation>
    </message>
    <message>
        <source>The open plan was not checked out from a server.</source>
        <translation>打开的计划不是从服务器检出的。</translation>
    </message>
    <message>
        <source>The plan is open read-only: open it for editing to synchronise it.</source>
        <translation>计划以只读方式打开：请以编辑方式打开后再同步。</translation>
    </message>
    <message>
        <source>A plan on a server is backed up by the server's administrator. To keep a copy of your own, check it out into a file (File ▸ Check Out for Offline Work).</source>
        <translation>服务器上的计划由服务器管理员备份。如需自己保留一份，请将其检出为文件（文件 ▸ 检出以离线工作）。</translation>
    </message>
</context>
<context>
    <name>Planner::PlanningYear</name>
    <message>
        <source>The planning year must be from 2000 to 2100, not %1.</source>
        <translation>规划年度必须在 2000 到 2100 之间，而不是 %1。</translation>
    </message>
    <message>
        <source>%1 has targets already: change them on the Courses &amp; Tracks page.</source>
        <translation>%1 年已有目标：请在“课程与方向”页修改。</translation>
    </message>
    <message>
        <source>No year before %1 has targets to start from: enter %1's targets on the Courses &amp; Tracks page.</source>
        <translation>%1 年之前没有可作为起点的年度目标：请在“课程与方向”页输入 %1 年的目标。</translation>
    </message>
    <message>
        <source>A growth of %1 % makes no sense: give one from %2 % to +%3 %.</source>
        <translation>增长 %1 % 不合理：请输入 %2 % 到 +%3 % 之间的值。</translation>
    </message>
</context>
<context>
    <name>Planner::Preferences</name>
    <message>
        <source>The %1 session must end after it starts.</source>
        <translation>%1课次的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>The %1 session must start after the %2 session ends (%3).</source>
        <translation>%1课次必须在%2课次结束（%3）之后开始。</translation>
    </message>
    <message>
        <source>Back up at least every so many minutes, and keep at least one backup.</source>
        <translation>请设置备份间隔（分钟），并至少保留一个备份。</translation>
    </message>
    <message>
        <source>The folder “%1” is not there.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
</context>
<context>
    <name>Planner::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The folder used last</source>
        <translation>上次使用的文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Folder for Plans</source>
        <translation>计划文件夹</translation>
    </message>
    <message>
        <source>&amp;Plans folder:</source>
        <translation>计划文件夹(&amp;P)：</translation>
    </message>
    <message>
        <source>Your account's name</source>
        <translation>您的账户名</translation>
    </message>
    <message>
        <source>How the History names the changes you make, beside your account</source>
        <translation>历史记录中与您的账户一起显示的名字</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的名字(&amp;N)：</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Back up a changed plan &amp;every:</source>
        <translation>计划有修改时的备份间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>保留最新的(&amp;K)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>…and the last of each of the past:</source>
        <translation>…以及过去每一段中的最后一个：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> 个备份</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>&amp;Session times</source>
        <translation>上课时间(&amp;S)</translation>
    </message>
    <message>
        <source>The times calendars (.ics) and printed timetables give each session of the day.</source>
        <translation>日历（.ics）和打印的课表为每天各时段给出的时间。</translation>
    </message>
    <message>
        <source>&amp;Conflict rules</source>
        <translation>冲突规则(&amp;C)</translation>
    </message>
    <message>
        <source>Blocking conflicts refuse an edit; warnings let it through with a reason; rules turned off are not checked.</source>
        <translation>阻断性冲突会拒绝修改；警告在填写原因后允许修改；关闭的规则不做检查。</translation>
    </message>
    <message>
        <source>&amp;Auto-assign</source>
        <translation>自动安排(&amp;A)</translation>
    </message>
    <message>
        <source>The costs Auto-assign starts with each time it opens; changed there, they hold for that run only.</source>
        <translation>每次打开自动安排时使用的代价；在自动安排中修改的值只对那一次有效。</translation>
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
    <name>Planner::RecordChoices</name>
    <message>
        <source>None (online)</source>
        <translation>无（线上）</translation>
    </message>
</context>
<context>
    <name>Planner::RecordPicker</name>
    <message>
        <source>Type to search: name, ID number, code, employer…</source>
        <translation>输入以搜索：姓名、身份证号、编号、单位…</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>选择(&amp;C)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 shown · %n selected</source>
        <translation><numerusform>显示 %1 / %2 · 已选 %Ln</numerusform></translation>
    </message>
</context>
<context>
    <name>Planner::RecordRules</name>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1不能为空。</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>%1过长：最多 %2 个字符。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1必须在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The colour must be written #rrggbb, e.g. #4e79a7.</source>
        <translation>颜色须写作 #rrggbb，例如 #4e79a7。</translation>
    </message>
    <message>
        <source>Choose the course's track.</source>
        <translation>请选择课程所属方向。</translation>
    </message>
    <message>
        <source>The code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>The number of teaching days</source>
        <translation>授课天数</translation>
    </message>
    <message>
        <source>The hours per day must be more than 0 and at most 24.</source>
        <translation>每天课时须大于 0 且不超过 24。</translation>
    </message>
    <message>
        <source>The capacity</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Choose at least one weekday for the sessions.</source>
        <translation>请至少选择一个上课的星期几。</translation>
    </message>
    <message>
        <source>Choose at least one time of day for the sessions.</source>
        <translation>请至少选择一个上课时段。</translation>
    </message>
    <message>
        <source>The number of seats</source>
        <translation>座位数</translation>
    </message>
    <message>
        <source>A venue that is not online needs at least one seat.</source>
        <translation>线下场地至少需要一个座位。</translation>
    </message>
    <message>
        <source>The staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>The limit per week</source>
        <translation>每周上限</translation>
    </message>
    <message>
        <source>The limit per month</source>
        <translation>每月上限</translation>
    </message>
    <message>
        <source>The limit per year</source>
        <translation>每年上限</translation>
    </message>
    <message>
        <source>The limit per month cannot be above the limit per year.</source>
        <translation>每月上限不能高于每年上限。</translation>
    </message>
    <message>
        <source>A qualification is for either a track or a course.</source>
        <translation>资质只能针对一个方向或一门课程。</translation>
    </message>
    <message>
        <source>Enter the date the qualification is valid from.</source>
        <translation>请输入资质生效日期。</translation>
    </message>
    <message>
        <source>The qualification cannot end (%1) before it starts (%2).</source>
        <translation>资质的截止日期（%1）不能早于生效日期（%2）。</translation>
    </message>
    <message>
        <source>Enter the first day of the leave.</source>
        <translation>请输入请假的第一天。</translation>
    </message>
    <message>
        <source>Enter the last day of the leave.</source>
        <translation>请输入请假的最后一天。</translation>
    </message>
    <message>
        <source>The leave cannot end (%1) before it starts (%2).</source>
        <translation>请假的结束日期（%1）不能早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>Choose the cohort's course.</source>
        <translation>请选择班级的课程。</translation>
    </message>
    <message>
        <source>The capacity must be at least 1 seat.</source>
        <translation>名额至少为 1 个。</translation>
    </message>
    <message>
        <source>A cohort taught in person needs a venue.</source>
        <translation>线下授课的班级需要场地。</translation>
    </message>
    <message>
        <source>Enter the session's date.</source>
        <translation>请输入课次日期。</translation>
    </message>
    <message>
        <source>Choose the instructor.</source>
        <translation>请选择教师。</translation>
    </message>
    <message>
        <source>The identity number is too long: at most 40 characters.</source>
        <translation>身份证号过长：最多 40 个字符。</translation>
    </message>
    <message>
        <source>The attendance must be between 0% and 100%.</source>
        <translation>出勤率须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>The score must be between 0 and 100.</source>
        <translation>成绩须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>Only a trainee who completed the cohort can be certified.</source>
        <translation>只有已结业的学员才能获得认证。</translation>
    </message>
    <message>
        <source>Enter the date of the certificate.</source>
        <translation>请输入证书日期。</translation>
    </message>
    <message>
        <source>The year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Choose the target's track.</source>
        <translation>请选择目标所属方向。</translation>
    </message>
    <message>
        <source>The trainee target</source>
        <translation>培训目标</translation>
    </message>
    <message>
        <source>The certification target</source>
        <translation>认证目标</translation>
    </message>
    <message>
        <source>More certified (%1) than trained (%2) is not a reachable target.</source>
        <translation>认证人数（%1）多于培训人数（%2），目标无法达成。</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>请输入日期。</translation>
    </message>
    <message>
        <source>A cohort needs at least one session.</source>
        <translation>班级至少需要一个课次。</translation>
    </message>
    <message>
        <source>%1 is a weekend day, not a working day.</source>
        <translation>%1 是周末，不是工作日。</translation>
    </message>
    <message>
        <source>%1 is a public holiday (%2), not a working day.</source>
        <translation>%1 是法定节假日（%2），不是工作日。</translation>
    </message>
    <message>
        <source>Two sessions are on %1 at the same time of day.</source>
        <translation>%1 同一时段有两个课次。</translation>
    </message>
    <message>
        <source>An instructor is assigned twice.</source>
        <translation>同一教师被分配了两次。</translation>
    </message>
    <message>
        <source>A cohort has one lead instructor; make the others assistants.</source>
        <translation>每个班级只有一名主讲；请将其他人设为助教。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>The share of seats taken</source>
        <translation>座位使用率</translation>
    </message>
    <message>
        <source>The no-show rate</source>
        <translation>未到比例</translation>
    </message>
    <message>
        <source>The completion rate</source>
        <translation>结业率</translation>
    </message>
    <message>
        <source>The certification rate</source>
        <translation>取证率</translation>
    </message>
    <message>
        <source>%1 must be from %2 % to %3 %, not %4 %.</source>
        <translation>%1 必须在 %2 % 到 %3 % 之间，而不是 %4 %。</translation>
    </message>
    <message>
        <source>A course's share of its track's new cohorts must be from 0 % to 100 %.</source>
        <translation>课程在所属方向新班级中的占比必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>The materials per trainee</source>
        <translation>每位学员的教材费</translation>
    </message>
    <message>
        <source>The exam fee per trainee</source>
        <translation>每位学员的考试费</translation>
    </message>
    <message>
        <source>The rent per day</source>
        <translation>日租金</translation>
    </message>
    <message>
        <source>The licence per seat</source>
        <translation>每席位许可费</translation>
    </message>
    <message>
        <source>The day rate</source>
        <translation>日薪</translation>
    </message>
    <message>
        <source>The budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>Planner::Report</name>
    <message>
        <source>Give both the first and the last day of the period.</source>
        <translation>请同时给出时段的第一天和最后一天。</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>时段的结束日（%1）早于开始日（%2）。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>所有年份</translation>
    </message>
    <message>
        <source>Choose the year of the plan.</source>
        <translation>请选择计划的年份。</translation>
    </message>
    <message>
        <source>No cohort starts in %1: there is no plan to print.</source>
        <translation>%1 年没有开班的班级：没有可打印的计划。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Target (trainees)</source>
        <translation>目标（学员）</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Seats planned</source>
        <translation>计划座位</translation>
    </message>
    <message>
        <source>Seats taken</source>
        <translation>已占座位</translation>
    </message>
    <message>
        <source>Seats / target</source>
        <translation>座位/目标</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>主讲</translation>
    </message>
    <message>
        <source>Assistants</source>
        <translation>助教</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n cohort(s)</source>
        <translation><numerusform>%1，%Ln 个班级</numerusform></translation>
    </message>
    <message>
        <source>The instructor asked for is not in the plan.</source>
        <translation>计划中没有所请求的教师。</translation>
    </message>
    <message>
        <source>No instructor teaches in %1: there is no timetable to print.</source>
        <translation>%1 没有教师授课：没有可打印的课表。</translation>
    </message>
    <message>
        <source>Teaching days in %1: %2. Busiest week: %3 days (limit %4); busiest month: %5 days (limit %6); limit per year: %7.</source>
        <translation>%1 授课天数：%2。最忙的一周：%3 天（上限 %4）；最忙的一月：%5 天（上限 %6）；每年上限：%7。</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>此时段内没有课次。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n instructor(s), %1</source>
        <translation><numerusform>%Ln 位教师，%1</numerusform></translation>
    </message>
    <message>
        <source>The venue asked for is not in the plan.</source>
        <translation>计划中没有所请求的场地。</translation>
    </message>
    <message>
        <source>No venue is booked in %1: there are no bookings to print.</source>
        <translation>%1 没有场地预订：没有可打印的预订。</translation>
    </message>
    <message>
        <source>%1, %2; %3 seats</source>
        <translation>%1，%2；%3 个座位</translation>
    </message>
    <message>
        <source>No bookings in this period.</source>
        <translation>此时段内没有预订。</translation>
    </message>
    <message numerus="yes">
        <source>%n venue(s), %1</source>
        <translation><numerusform>%Ln 个场地，%1</numerusform></translation>
    </message>
    <message>
        <source>The cohort asked for is not in the plan.</source>
        <translation>计划中没有所请求的班级。</translation>
    </message>
    <message>
        <source>Cohort %1 has no session on %2.</source>
        <translation>班级 %1 在 %2 没有课次。</translation>
    </message>
    <message>
        <source>Cohort %1 has no sessions to sign in to.</source>
        <translation>班级 %1 没有可签到的课次。</translation>
    </message>
    <message>
        <source>Sign-in sheet: %1, %2</source>
        <translation>签到表：%1，%2</translation>
    </message>
    <message>
        <source>Instructors</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Each trainee signs on arrival. Rows at the end are for trainees not on the list: write the name and the last four digits of the ID number.</source>
        <translation>学员到场后签名。名单外的学员请在末尾空行填写姓名和证件号码后四位。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
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
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Cohort %1, %2</source>
        <translation>班级 %1，%2</translation>
    </message>
    <message numerus="yes">
        <source>Cohort %1, %n session(s)</source>
        <translation><numerusform>班级 %1，%Ln 个课次</numerusform></translation>
    </message>
    <message>
        <source>%1 to %2; %3; seats %4 / %5; status: %6</source>
        <translation>%1 至 %2；%3；座位 %4 / %5；状态：%6</translation>
    </message>
    <message>
        <source>Nobody is enrolled.</source>
        <translation>尚无学员报名。</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤率</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message numerus="yes">
        <source>Cohort %1, %n trainee(s)</source>
        <translation><numerusform>班级 %1，%Ln 名学员</numerusform></translation>
    </message>
    <message>
        <source>Give the period of the certification list: its first and last day.</source>
        <translation>请给出认证名单的时段：第一天和最后一天。</translation>
    </message>
    <message>
        <source>No certificate was awarded in this period.</source>
        <translation>此时段内没有颁发证书。</translation>
    </message>
    <message>
        <source>Certified on</source>
        <translation>认证日期</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n certificate(s)</source>
        <translation><numerusform>%1，%Ln 张证书</numerusform></translation>
    </message>
    <message>
        <source>Yearly plan</source>
        <translation>年度计划</translation>
    </message>
    <message>
        <source>Instructor timetable</source>
        <translation>教师课表</translation>
    </message>
    <message>
        <source>Venue bookings</source>
        <translation>场地预订</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>Cohort roster</source>
        <translation>班级名册</translation>
    </message>
    <message>
        <source>Certification list</source>
        <translation>认证名单</translation>
    </message>
    <message>
        <source>Unknown report.</source>
        <translation>未知的报表。</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the PDF could not be started.</source>
        <translation>无法写入“%1”：无法开始生成 PDF。</translation>
    </message>
    <message>
        <source>Choose the year of the capacity report.</source>
        <translation>请选择容量报告的年份。</translation>
    </message>
    <message>
        <source>%1 has no targets: there is no capacity to report.</source>
        <translation>%1 年没有目标：没有可报告的容量。</translation>
    </message>
    <message>
        <source>Every target of %1 can be reached with the plan's instructors, venues and calendar.</source>
        <translation>凭计划中的教师、场地和日历，%1 年的每项目标都能达到。</translation>
    </message>
    <message>
        <source>Not every target of %1 can be reached: at best %2 of the target of the track furthest behind. What is short is listed below, with what would remedy it.</source>
        <translation>%1 年的目标不能全部完成：进度最落后的方向最多完成其目标的 %2。下面列出所缺资源及解决办法。</translation>
    </message>
    <message>
        <source>Target trained</source>
        <translation>培训目标</translation>
    </message>
    <message>
        <source>Target certified</source>
        <translation>认证目标</translation>
    </message>
    <message>
        <source>Planned trained</source>
        <translation>已计划培训</translation>
    </message>
    <message>
        <source>Reachable trained</source>
        <translation>可完成培训</translation>
    </message>
    <message>
        <source>Reachable certified</source>
        <translation>可完成认证</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>完成比例</translation>
    </message>
    <message>
        <source>Cohorts planned</source>
        <translation>已计划班级</translation>
    </message>
    <message>
        <source>New cohorts needed</source>
        <translation>还需新开班级</translation>
    </message>
    <message>
        <source>Seats needed</source>
        <translation>所需座位</translation>
    </message>
    <message>
        <source>Instructor-days needed / free</source>
        <translation>所需教师日 / 空闲教师日</translation>
    </message>
    <message>
        <source>What is short</source>
        <translation>短缺资源</translation>
    </message>
    <message>
        <source>Nothing: the instructors, venues and working days suffice.</source>
        <translation>无：教师、场地和工作日都足够。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Need, have and remedy</source>
        <translation>需要、现有与解决办法</translation>
    </message>
    <message>
        <source>%1 by month</source>
        <translation>%1 各月情况</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>New cohorts</source>
        <translation>新班级</translation>
    </message>
    <message>
        <source>Instructor-days needed</source>
        <translation>所需教师日</translation>
    </message>
    <message>
        <source>Instructor-days free</source>
        <translation>空闲教师日</translation>
    </message>
    <message>
        <source>Venue slots needed</source>
        <translation>所需场地时段</translation>
    </message>
    <message>
        <source>Venue slots free</source>
        <translation>空闲场地时段</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n track(s) with targets</source>
        <translation><numerusform>%1，%Ln 个有目标的方向</numerusform></translation>
    </message>
    <message>
        <source>Capacity report</source>
        <translation>容量报告</translation>
    </message>
    <message>
        <source>Target to date</source>
        <translation>截至当月目标</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>已培训</translation>
    </message>
    <message>
        <source>Trained, forecast</source>
        <translation>培训人数（预测）</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>已认证</translation>
    </message>
    <message>
        <source>Progress against the target, as of %1</source>
        <translation>目标完成进度（截至 %1）</translation>
    </message>
    <message>
        <source>The track asked for is not in the plan.</source>
        <translation>计划中没有所请求的方向。</translation>
    </message>
</context>
<context>
    <name>Planner::ReportsDialog</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Choose what to print and for whom. The report opens in Print Preview, goes to a printer, or is saved as a PDF file.</source>
        <translation>选择要打印的内容和对象。报表可在打印预览中打开、发送到打印机，或保存为 PDF 文件。</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>报表(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Type a cohort code</source>
        <translation>输入班级编号</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>班级(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Sessions:</source>
        <translation>课次(&amp;S)：</translation>
    </message>
    <message>
        <source>All instructors teaching in the year</source>
        <translation>本年度授课的全部教师</translation>
    </message>
    <message>
        <source>&amp;Instructor:</source>
        <translation>教师(&amp;I)：</translation>
    </message>
    <message>
        <source>All venues booked in the year</source>
        <translation>本年度有预订的全部场地</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>场地(&amp;V)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时段(&amp;P)：</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>纸张(&amp;A)：</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>保存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Every session (a sheet each)</source>
        <translation>全部课次（每次一张）</translation>
    </message>
    <message>
        <source>Choose the cohort: “%1” is not a cohort code of this plan.</source>
        <translation>请选择班级：“%1”不是本计划中的班级编号。</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>正在准备报表…</translation>
    </message>
    <message>
        <source>Print Preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer: %n page(s).</source>
        <translation><numerusform>已发送到打印机：%Ln 页。</numerusform></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation><numerusform>已保存 %1（%Ln 页）。</numerusform></translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>全部方向</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>方向(&amp;T)：</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>语言(&amp;N)：</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
</context>
<context>
    <name>Planner::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>There are no backups of “%1” yet. Backups are made when the plan is opened for editing and every %2 minutes while it is edited.</source>
        <translation>“%1”还没有备份。计划以编辑方式打开时会备份，编辑期间每 %2 分钟备份一次。</translation>
    </message>
    <message>
        <source>Choose the backup of “%1” to go back to. The plan as it is now is kept beside it (NAME.before-restore-…), so nothing is lost.</source>
        <translation>请选择要恢复的“%1”备份。计划的当前状态会保留在旁边（名称.before-restore-…），不会丢失任何内容。</translation>
    </message>
    <message>
        <source>Backups are kept in %1</source>
        <translation>备份保存在 %1</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>The plan is damaged</source>
        <translation>计划文件已损坏</translation>
    </message>
    <message>
        <source>%1

A good backup of this plan from %2 exists. Opening it keeps the damaged file beside it (NAME.damaged-…) in case it is needed.</source>
        <translation>%1

此计划有一份 %2 的完好备份。打开该备份时，损坏的文件会保留在旁边（名称.damaged-…），以备需要。</translation>
    </message>
    <message>
        <source>Open the newest good backup (from %1)</source>
        <translation>打开最新的完好备份（%1）</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>无法恢复备份</translation>
    </message>
</context>
<context>
    <name>Planner::RosterModel</name>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤率</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Certified on</source>
        <translation>认证日期</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>报名日期</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>Record the attendance of %1</source>
        <translation>记录 %1 的出勤率</translation>
    </message>
    <message>
        <source>Record the score of %1</source>
        <translation>记录 %1 的成绩</translation>
    </message>
    <message>
        <source>Record the certificate of %1</source>
        <translation>记录 %1 的证书</translation>
    </message>
    <message>
        <source>Paste scores or attendance rates into the Score or Attendance column of the trainees holding seats.</source>
        <translation>请将成绩或出勤率粘贴到占有名额学员的“成绩”或“出勤率”列。</translation>
    </message>
    <message>
        <source>Select the rows to paste into.</source>
        <translation>请选择要粘贴到的行。</translation>
    </message>
    <message>
        <source>%1 values cannot be pasted from row %2 down: there are only %3 rows from there.</source>
        <translation>无法从第 %2 行起向下粘贴 %1 个值：从该行起只有 %3 行。</translation>
    </message>
    <message>
        <source>%1 values cannot be pasted onto %2 selected rows: select as many rows as there are values, or one row to fill downwards from it.</source>
        <translation>无法将 %1 个值粘贴到所选的 %2 行：请选择与值数量相同的行数，或只选一行以从该行向下填充。</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n score(s)</source>
        <translation><numerusform>粘贴 %Ln 个成绩</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n attendance rate(s)</source>
        <translation><numerusform>粘贴 %Ln 个出勤率</numerusform></translation>
    </message>
</context>
<context>
    <name>Planner::RosterPanel</name>
    <message>
        <source>Waitlist</source>
        <translation>候补名单</translation>
    </message>
    <message>
        <source>E&amp;nroll Trainees…</source>
        <translation>报名学员(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>退出(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>转班(&amp;T)…</translation>
    </message>
    <message>
        <source>Mark &amp;Completed</source>
        <translation>标记结业(&amp;C)</translation>
    </message>
    <message>
        <source>Mark F&amp;ailed</source>
        <translation>标记未通过(&amp;A)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Withdraw the selected trainees; each seat freed goes to the first on the waitlist</source>
        <translation>让所选学员退出；空出的名额由候补名单上的第一位递补</translation>
    </message>
    <message>
        <source>Move the selected trainees to another cohort's seat or waitlist</source>
        <translation>将所选学员转到其他班级的名额或候补名单</translation>
    </message>
    <message>
        <source>Mark the selected trainees as having completed the cohort</source>
        <translation>将所选学员标记为已结业</translation>
    </message>
    <message>
        <source>Mark the selected trainees as having failed the cohort</source>
        <translation>将所选学员标记为未通过</translation>
    </message>
    <message>
        <source>Scores and attendance: edit a cell, or copy a column in a spreadsheet, select the rows here and paste (Ctrl+V).</source>
        <translation>成绩和出勤率：直接编辑单元格，或在电子表格中复制一列，在此选中相应行后粘贴（Ctrl+V）。</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Select a cohort to see its roster and waitlist.</source>
        <translation>选择一个班级以查看其名单和候补名单。</translation>
    </message>
    <message>
        <source>%1 of %2 seats taken</source>
        <translation>已占用 %1 / %2 个名额</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation><numerusform>%Ln 人候补</numerusform></translation>
    </message>
    <message>
        <source>Waitlist (%1)</source>
        <translation>候补名单（%1）</translation>
    </message>
    <message>
        <source>Cert&amp;ify…</source>
        <translation>颁发证书(&amp;I)…</translation>
    </message>
    <message>
        <source>Record the certificate of the selected trainees who completed the cohort</source>
        <translation>为所选已结业学员记录证书</translation>
    </message>
</context>
<context>
    <name>Planner::ScenarioChart</name>
    <message>
        <source>Forecast of each scenario against the target</source>
        <translation>各方案预测与目标对比</translation>
    </message>
    <message>
        <source>scenarios</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Trained (cumulative)</source>
        <translation>已培训（累计）</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>Planner::ScenarioListModel</name>
    <message>
        <source>Ready</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Cannot be opened: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Planner::ScenarioStore</name>
    <message>
        <source>Give the scenario a name.</source>
        <translation>请为方案命名。</translation>
    </message>
    <message>
        <source>A scenario's name can have at most 100 characters.</source>
        <translation>方案名称最多 100 个字符。</translation>
    </message>
    <message>
        <source>A scenario's name cannot contain “%1”: it names a file, and file names cannot hold &lt; &gt; : " / \ | ? * or control characters.</source>
        <translation>方案名称不能包含“%1”：它用作文件名，而文件名不能含有 &lt; &gt; : " / \ | ? * 或控制字符。</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>控制字符</translation>
    </message>
    <message>
        <source>A scenario's name cannot begin or end with a space, nor end with a dot.</source>
        <translation>方案名称不能以空格开头或结尾，也不能以句点结尾。</translation>
    </message>
    <message>
        <source>“%1” is a name Windows keeps for a device: choose another.</source>
        <translation>“%1”是 Windows 保留的设备名：请换一个。</translation>
    </message>
    <message>
        <source>There is no scenario named “%1” beside %2.</source>
        <translation>%2 旁没有名为“%1”的方案。</translation>
    </message>
    <message>
        <source>Cannot create the scenario “%1”: %2</source>
        <translation>无法创建方案“%1”：%2</translation>
    </message>
    <message>
        <source>there is already a scenario of that name.</source>
        <translation>已有同名方案。</translation>
    </message>
    <message>
        <source>the folder “%1” cannot be made.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>Cannot rename the scenario “%1” to “%2”: %3</source>
        <translation>无法将方案“%1”重命名为“%2”：%3</translation>
    </message>
    <message>
        <source>there is no such scenario.</source>
        <translation>没有这个方案。</translation>
    </message>
    <message>
        <source>it is open for editing (%1); close it first.</source>
        <translation>它正被编辑（%1）；请先关闭。</translation>
    </message>
    <message>
        <source>it holds an interrupted write; open it once to recover it first.</source>
        <translation>它有一次中断的写入；请先打开一次以恢复。</translation>
    </message>
    <message>
        <source>There is no scenario named “%1”.</source>
        <translation>没有名为“%1”的方案。</translation>
    </message>
    <message>
        <source>Cannot delete the scenario “%1”: it is open for editing (%2).</source>
        <translation>无法删除方案“%1”：它正被编辑（%2）。</translation>
    </message>
    <message>
        <source>Cannot delete the scenario “%1”: the file “%2” cannot be removed.</source>
        <translation>无法删除方案“%1”：文件“%2”无法删除。</translation>
    </message>
    <message>
        <source>Cannot make the scenario “%1” the plan: %2</source>
        <translation>无法将方案“%1”设为计划：%2</translation>
    </message>
    <message>
        <source>“%1” is open for editing (%2); close it first.</source>
        <translation>“%1”正被编辑（%2）；请先关闭。</translation>
    </message>
    <message>
        <source>“%1” holds an interrupted write; open it once to recover it first.</source>
        <translation>“%1”有一次中断的写入；请先打开一次以恢复。</translation>
    </message>
</context>
<context>
    <name>Planner::ScenariosDialog</name>
    <message>
        <source>&amp;New from This Plan…</source>
        <translation>由此新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Make It the Plan…</source>
        <translation>设为计划(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>比较(&amp;C)…</translation>
    </message>
    <message>
        <source>Scenarios of %1</source>
        <translation>%1 的方案</translation>
    </message>
    <message>
        <source>A scenario is a what-if copy of the plan: change targets, instructors, venues or cohorts in it freely; the plan is never touched until you make a scenario the plan (after a backup of the plan). They are kept in %1.</source>
        <translation>方案是计划的假设副本：可在其中随意修改目标、教师、场地或班级；在您把某个方案设为计划之前（届时会先备份计划），计划本身不会被改动。方案保存在 %1。</translation>
    </message>
    <message>
        <source>Copy what is open now (the plan or a scenario) as a new scenario</source>
        <translation>将当前打开的内容（计划或方案）复制为新方案</translation>
    </message>
    <message>
        <source>Replace the plan with this scenario, after a checked backup of the plan</source>
        <translation>在对计划做经校验的备份后，用此方案替换计划</translation>
    </message>
    <message>
        <source>Two to four of the plan and its scenarios side by side</source>
        <translation>并排比较计划及其方案中的二至四个</translation>
    </message>
    <message>
        <source>Name of the new scenario:</source>
        <translation>新方案的名称：</translation>
    </message>
    <message>
        <source>Make the scenario “%1” the plan?

The plan as it is now is backed up first: File ▸ Restore from Backup… brings it back.</source>
        <translation>将方案“%1”设为计划？

当前的计划会先备份：“文件 ▸ 从备份恢复…”可将其恢复。</translation>
    </message>
    <message>
        <source>Checking the scenarios…</source>
        <translation>正在检查方案…</translation>
    </message>
    <message>
        <source>Copying the plan as “%1”…</source>
        <translation>正在将计划复制为“%1”…</translation>
    </message>
    <message>
        <source>New name of the scenario “%1”:</source>
        <translation>方案“%1”的新名称：</translation>
    </message>
    <message>
        <source>Renaming “%1”…</source>
        <translation>正在重命名“%1”…</translation>
    </message>
    <message>
        <source>Delete the scenario “%1”? Its file is deleted; the plan is not touched.</source>
        <translation>删除方案“%1”？其文件将被删除；计划不受影响。</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>正在删除“%1”…</translation>
    </message>
</context>
<context>
    <name>Planner::ServerPlan</name>
    <message>
        <source>"%1" is not a server address: it must start with postgresql://</source>
        <translation>“%1”不是服务器地址：应以 postgresql:// 开头</translation>
    </message>
    <message>
        <source>"%1" is not a valid server address: %2</source>
        <translation>“%1”不是有效的服务器地址：%2</translation>
    </message>
    <message>
        <source>The server address %1 has a parameter this program does not know: %2 (known: host, port, user, sslmode, sslrootcert, connect_timeout)</source>
        <translation>服务器地址 %1 含有本程序不认识的参数：%2（可用：host、port、user、sslmode、sslrootcert、connect_timeout）</translation>
    </message>
    <message>
        <source>In the server address %1, %2 must be a number, not "%3"</source>
        <translation>服务器地址 %1 中，%2 应为数字，而不是“%3”</translation>
    </message>
    <message>
        <source>The server address %1 names no database: write it after the host, as in postgresql://server.example/cohorts</source>
        <translation>服务器地址 %1 没有指明数据库：请写在主机之后，例如 postgresql://server.example/cohorts</translation>
    </message>
    <message>
        <source>In the server address %1, the port must be from 1 to 65535</source>
        <translation>服务器地址 %1 中，端口应在 1 到 65535 之间</translation>
    </message>
    <message>
        <source>In the server address %1, sslmode must be disable, allow, prefer, require, verify-ca or verify-full</source>
        <translation>服务器地址 %1 中，sslmode 应为 disable、allow、prefer、require、verify-ca 或 verify-full</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL servers: Qt's PostgreSQL driver is missing (on Debian, the package libqt6sql6-psql).</source>
        <translation>此安装无法连接 PostgreSQL 服务器：缺少 Qt 的 PostgreSQL 驱动（Debian 上的软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no Cohort Planner plan (the database is empty or another application's): copy a plan there first with cohortplanner-cli push</source>
        <translation>%1 中没有培训班规划计划（数据库为空或属于其他应用）：请先用 cohortplanner-cli push 将计划复制过去</translation>
    </message>
    <message>
        <source>%1 holds another application's data, not a Cohort Planner plan</source>
        <translation>%1 中是其他应用的数据，不是培训班规划计划</translation>
    </message>
    <message>
        <source>The plan at %1 has format %2, newer than this program's %3: update Cohort Planner to open it</source>
        <translation>%1 上的计划格式为 %2，比本程序的 %3 更新：请更新培训班规划后再打开</translation>
    </message>
    <message>
        <source>Could not open %1 read-only: %2</source>
        <translation>无法以只读方式打开 %1：%2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not empty: a plan is pushed into a new, empty database only, so that nothing there is overwritten</source>
        <translation>%1 不是空的：计划只能推送到新的空数据库，以免覆盖其中的内容</translation>
    </message>
    <message>
        <source>Could not start a transaction on %1: %2</source>
        <translation>无法在 %1 上开始事务：%2</translation>
    </message>
    <message>
        <source>Could not read the table %1 of %2: %3</source>
        <translation>无法读取 %2 的表 %1：%3</translation>
    </message>
    <message>
        <source>The server refused a row of the table %1: %2</source>
        <translation>服务器拒绝了表 %1 中的一行：%2</translation>
    </message>
    <message>
        <source>Nothing was copied to %1: %2</source>
        <translation>没有向 %1 复制任何内容：%2</translation>
    </message>
    <message>
        <source>The plan at %1 was set up by a different version of this program (server tables revision %2, this program's %3): check it out with that version and push it again</source>
        <translation>%1 上的计划由本程序的另一版本建立（服务器表修订版 %2，本程序为 %3）：请用那个版本检出，再重新推送</translation>
    </message>
    <message>
        <source>Could not read the changes of %1: %2</source>
        <translation>无法读取 %1 的更改：%2</translation>
    </message>
    <message>
        <source>Could not follow the changes of %1: %2</source>
        <translation>无法跟踪 %1 的更改：%2</translation>
    </message>
    <message>
        <source>Could not connect to %1 again: %2</source>
        <translation>无法重新连接 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no Cohort Planner plan: push a plan there first (cohortplanner-cli push, or server-init --from FILE)</source>
        <translation>%1 中没有 Cohort Planner 计划：请先推送计划（cohortplanner-cli push，或 server-init --from FILE）</translation>
    </message>
    <message>
        <source>The plan at %1 is set up for a team already</source>
        <translation>%1 上的计划已为团队设置好</translation>
    </message>
    <message>
        <source>Nothing was changed on %1: %2 (set up a team as the server's administrator)</source>
        <translation>%1 上没有任何更改：%2（请以服务器管理员身份设置团队）</translation>
    </message>
    <message>
        <source>“%1” cannot be a login name: use up to 63 lower-case letters, digits, “_”, “.” or “-”, starting with a letter</source>
        <translation>“%1”不能作为登录名：请使用最多 63 个小写字母、数字、“_”、“.”或“-”，并以字母开头</translation>
    </message>
    <message>
        <source>The plan at %1 is not set up for a team: run cohortplanner-cli server-init first</source>
        <translation>%1 上的计划尚未为团队设置：请先运行 cohortplanner-cli server-init</translation>
    </message>
    <message>
        <source>Nothing was changed on %1: %2</source>
        <translation>%1 上没有任何更改：%2</translation>
    </message>
    <message>
        <source>The plan at %1 has the older format %2. Its owner upgrades it to format %3, for the whole team at once, with cohortplanner-cli server-upgrade %1</source>
        <translation>%1 上的计划为较旧的格式 %2。计划的所有者可用 cohortplanner-cli server-upgrade %1 将其升级到格式 %3，整个团队一次完成。</translation>
    </message>
    <message>
        <source>%1 holds no Cohort Planner plan (the database is empty or another application's)</source>
        <translation>%1 中没有培训班规划计划（数据库为空或属于其他应用）</translation>
    </message>
    <message>
        <source>The plan at %1 has format %2, newer than this program's %3: update Cohort Planner</source>
        <translation>%1 上的计划格式为 %2，比本程序的 %3 更新：请更新培训班规划</translation>
    </message>
    <message>
        <source>This program cannot upgrade server plans from format %1: the step “%2” has no server form. Nothing was changed.</source>
        <translation>本程序无法从格式 %1 升级服务器计划：步骤“%2”没有服务器版本。未做任何更改。</translation>
    </message>
    <message>
        <source>This program has no steps from format %1 to %2. Nothing was changed.</source>
        <translation>本程序没有从格式 %1 到 %2 的升级步骤。未做任何更改。</translation>
    </message>
    <message>
        <source>Nothing was changed on %1: %2 (a server plan is upgraded by its owner, who pushed it)</source>
        <translation>%1 上未做任何更改：%2（服务器计划由推送它的所有者升级）</translation>
    </message>
</context>
<context>
    <name>Planner::ServerSync</name>
    <message>
        <source>the copy of the server's rows kept in the plan is missing or damaged: check the plan out again</source>
        <translation>计划中保存的服务器数据副本缺失或已损坏：请重新检出计划</translation>
    </message>
    <message>
        <source>“%1” already exists: a checkout makes a new plan file and never replaces one</source>
        <translation>“%1”已存在：签出只会新建计划文件，从不替换已有文件</translation>
    </message>
    <message>
        <source>%1 gave no site number for the checkout: %2</source>
        <translation>%1 未为此次检出分配站点编号：%2</translation>
    </message>
    <message>
        <source>Could not read the table %1 of %2: %3</source>
        <translation>无法读取 %2 的表 %1：%3</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>无法创建“%1”：%2</translation>
    </message>
    <message>
        <source>Another record on the server already has this: %1</source>
        <translation>服务器上已有另一条记录使用此值：%1</translation>
    </message>
    <message>
        <source>It refers to a record the server no longer has, or one that the server has refers to it: %1</source>
        <translation>它引用了服务器上已不存在的记录，或服务器上有记录引用了它：%1</translation>
    </message>
    <message>
        <source>You may not change this on the server: %1</source>
        <translation>您无权在服务器上更改此项：%1</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>服务器拒绝了它：%1</translation>
    </message>
    <message>
        <source>You may not change this record on the server</source>
        <translation>您无权在服务器上更改此记录</translation>
    </message>
    <message>
        <source>You changed it; someone deleted it on the server meanwhile.</source>
        <translation>您更改了它；与此同时有人在服务器上删除了它。</translation>
    </message>
    <message>
        <source>You and someone on the server both changed it.</source>
        <translation>您和服务器上的其他人都更改了它。</translation>
    </message>
    <message>
        <source>You may not delete this record on the server</source>
        <translation>您无权在服务器上删除此记录</translation>
    </message>
    <message>
        <source>You deleted it; on the server it has records added since, which would go with it: %1</source>
        <translation>您删除了它；但服务器上此后为它新增了记录，删除会一并删去：%1</translation>
    </message>
    <message>
        <source>You deleted it; someone changed it on the server meanwhile.</source>
        <translation>您删除了它；与此同时有人在服务器上更改了它。</translation>
    </message>
    <message>
        <source>Could not bring a record of %1 up to date: %2</source>
        <translation>无法更新 %1 中的一条记录：%2</translation>
    </message>
    <message>
        <source>This plan was not checked out from a server: there is nothing to synchronise</source>
        <translation>此计划不是从服务器检出的：没有可同步的内容</translation>
    </message>
    <message>
        <source>Could not read what the plan was checked out as: %1</source>
        <translation>无法读取计划检出时的内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here cannot be sent: you may only read the plan on %1</source>
        <translation><numerusform>本地的 %n 项更改无法发送：您在 %1 上只能查看计划</numerusform></translation>
    </message>
    <message>
        <source>the plan's rules</source>
        <translation>计划规则</translation>
    </message>
    <message>
        <source>The server took the changes, but the plan file could not be brought up to date: %1. Synchronise again: what was sent is recognised and not sent twice.</source>
        <translation>服务器已接收更改，但计划文件未能更新：%1。请再次同步：已发送的内容会被识别，不会重复发送。</translation>
    </message>
    <message>
        <source>Nothing was synchronised: %1</source>
        <translation>未同步任何内容：%1</translation>
    </message>
    <message>
        <source>“%1” was not checked out from a server: there is nothing to synchronise</source>
        <translation>“%1”不是从服务器检出的：没有可同步的内容</translation>
    </message>
    <message>
        <source>The server refused an entry of the History: %1</source>
        <translation>服务器拒绝了一条历史记录：%1</translation>
    </message>
</context>
<context>
    <name>Planner::SessionsEditor</name>
    <message>
        <source>&amp;Add day</source>
        <translation>添加一天(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Lay out from course pattern</source>
        <translation>按课程模式排课(&amp;L)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>课次</translation>
    </message>
    <message>
        <source>The first day to lay the sessions out from</source>
        <translation>从哪一天开始排课</translation>
    </message>
    <message>
        <source>Replace every session by the course's weekdays and times of day, from the date beside, skipping weekends and public holidays</source>
        <translation>从旁边的日期起，按课程的上课星期和时段重新排定全部课次，跳过周末和法定节假日</translation>
    </message>
    <message>
        <source>Add the next teaching day of the course's pattern after the last session</source>
        <translation>在最后一次课之后，按课程模式添加下一个授课日</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>尚无课次。</translation>
    </message>
    <message>
        <source>%1 – %2 · teaching days: %3 · sessions: %4</source>
        <translation>%1 – %2 · 授课天数：%3 · 课次：%4</translation>
    </message>
</context>
<context>
    <name>Planner::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Edit the selected cell</source>
        <translation>编辑所选单元格</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>打开所选记录</translation>
    </message>
    <message>
        <source>Zoom the timeline</source>
        <translation>缩放时间线</translation>
    </message>
    <message>
        <source>Ctrl+mouse wheel</source>
        <translation>Ctrl+鼠标滚轮</translation>
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
    <message>
        <source>it is truncated (%1 bytes, less than a SQLite header)</source>
        <translation>文件被截断（%1 字节，不足一个 SQLite 文件头）</translation>
    </message>
    <message>
        <source>its pages cannot be read: %1</source>
        <translation>无法读取其数据页：%1</translation>
    </message>
    <message>
        <source>its rollback journal could not be played back</source>
        <translation>无法回放其回滚日志</translation>
    </message>
    <message>
        <source>SQLite could not copy the plan into memory: %1</source>
        <translation>SQLite 无法把计划复制到内存：%1</translation>
    </message>
    <message numerus="yes">
        <source>not enough memory for a copy of %n bytes</source>
        <translation><numerusform>内存不足，无法复制 %n 字节</numerusform></translation>
    </message>
    <message>
        <source>Could not compare the table %1: %2</source>
        <translation>无法比较表 %1：%2</translation>
    </message>
    <message>
        <source>SQLite could not read its own changeset</source>
        <translation>SQLite 无法读取自身生成的变更集</translation>
    </message>
</context>
<context>
    <name>Planner::StorageLocation</name>
    <message>
        <source>This plan is on a network drive (%1): the lock that keeps a second Cohort Planner from writing to it may not work there. Make sure only one person edits it at a time.</source>
        <translation>此计划位于网络驱动器上（%1）：防止另一个培训班规划同时写入的文件锁在那里可能无效。请确保同一时间只有一人编辑。</translation>
    </message>
    <message>
        <source>This plan is in a %1 folder: the sync service may copy it while it is being written and does not share the lock. Make sure only one person edits it at a time, or keep it in a local folder.</source>
        <translation>此计划位于 %1 同步文件夹中：同步服务可能在写入过程中复制它，且不会同步文件锁。请确保同一时间只有一人编辑，或将其放在本地文件夹中。</translation>
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
    <message>
        <source>The plan on the server could not be read or written: %1 (statement: %2)</source>
        <translation>无法读写服务器上的计划：%1（语句：%2）</translation>
    </message>
    <message>
        <source>Someone else changed the record %1 of %2 after you read it (%3), so your change was not written over theirs. Look at their version, then make your change again.</source>
        <translation>在您读取之后，别人更改了 %2 的记录 %1（%3），因此您的更改没有覆盖他们的更改。请先查看他们的版本，再重新进行您的更改。</translation>
    </message>
    <message>
        <source>The record %1 of %2 no longer exists, or the server does not let you change it (it belongs to another district).</source>
        <translation>%2 的记录 %1 已不存在，或服务器不允许您更改它（它属于另一个区）。</translation>
    </message>
    <message>
        <source>Someone else deleted the record %1 of %2 after you read it, so your change was not written. Look at the plan as it is now, then make your change again.</source>
        <translation>在您读取之后，别人删除了 %2 的记录 %1，因此您的更改没有写入。请先查看计划现在的样子，再重新进行您的更改。</translation>
    </message>
    <message>
        <source>Nothing was erased: on a server plan, personal data is erased by the plan's owner (who pushed it), since the History and the change log keep copies of it: cohortplanner-cli person URL --id-number N --erase, as the owner. (%1)</source>
        <translation>未删除任何内容：服务器计划中的个人数据由计划的所有者（推送它的人）删除，因为操作记录和变更日志中保存着其副本：请以所有者身份运行 cohortplanner-cli person URL --id-number N --erase。（%1）</translation>
    </message>
    <message>
        <source>The record %1 of %2 was deleted by someone else after you read it, or the server does not let you change it (it belongs to another district), so your change was not written.</source>
        <translation>在您读取之后，%2 的记录 %1 已被别人删除，或者服务器不允许您更改它（它属于其他区），因此您的更改没有写入。</translation>
    </message>
</context>
<context>
    <name>Planner::SyncDialog</name>
    <message>
        <source>Changed here and on the server</source>
        <translation>本地和服务器上都已更改</translation>
    </message>
    <message>
        <source>Changed here, deleted on the server</source>
        <translation>本地已更改，服务器上已删除</translation>
    </message>
    <message>
        <source>Deleted here, changed on the server</source>
        <translation>本地已删除，服务器上已更改</translation>
    </message>
    <message>
        <source>Deleted here, used on the server</source>
        <translation>本地已删除，服务器上仍在使用</translation>
    </message>
    <message>
        <source>Same name or code as another record</source>
        <translation>与另一条记录的名称或编号相同</translation>
    </message>
    <message>
        <source>Refers to a record that is gone</source>
        <translation>引用的记录已不存在</translation>
    </message>
    <message>
        <source>Not yours to change</source>
        <translation>无权更改</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>被服务器拒绝</translation>
    </message>
    <message>
        <source>Breaks the plan's rules</source>
        <translation>违反计划规则</translation>
    </message>
    <message>
        <source>Keep All &amp;Mine</source>
        <translation>全部保留我的(&amp;M)</translation>
    </message>
    <message>
        <source>Keep All &amp;Theirs</source>
        <translation>全部保留对方的(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Synchronise</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Synchronise with Server</source>
        <translation>与服务器同步</translation>
    </message>
    <message>
        <source>if the server asks for one</source>
        <translation>服务器要求时填写</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>When checked out</source>
        <translation>检出时</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Theirs, now</source>
        <translation>对方（当前）</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>This plan was not checked out from a server.</source>
        <translation>此计划不是从服务器检出的。</translation>
    </message>
    <message>
        <source>Checked out from %1 on %2.</source>
        <translation>于 %2 检出自 %1。</translation>
    </message>
    <message>
        <source>Districts: %1.</source>
        <translation>区：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Last synchronised on %1.</source>
        <translation>上次同步于 %1。</translation>
    </message>
    <message>
        <source>No change made here waits to be sent.</source>
        <translation>本地没有待发送的更改。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here wait to be sent.</source>
        <translation><numerusform>本地有 %n 项更改待发送。</numerusform></translation>
    </message>
    <message>
        <source>Synchronising with %1…</source>
        <translation>正在与 %1 同步…</translation>
    </message>
    <message>
        <source>Done: sent %1, kept the server's version of %2, received %3 change(s) made by others. The plan is up to date with the server.</source>
        <translation>完成：发送 %1 项，保留服务器版本 %2 项，接收他人的更改 %3 项。计划已与服务器一致。</translation>
    </message>
    <message>
        <source>&amp;Synchronise Again</source>
        <translation>再次同步(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent: %n record(s) were changed both here and on the server, or cannot be sent as they are. Choose which version to keep for each, then synchronise again. A conflict that cannot keep yours needs the plan mended here first (or the server's version).</source>
        <translation><numerusform>未发送任何内容：有 %n 条记录在本地和服务器上都被更改，或无法按原样发送。请为每条记录选择保留哪个版本，然后再次同步。无法保留您的版本的冲突，需要先在本地修正计划（或保留服务器的版本）。</numerusform></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
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
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>filtered rows</comment>
        <extracomment>Shown rows of a filtered table: "1,234 of 100,000 trainees"</extracomment>
        <translation>显示 %1 / 共 %2</translation>
    </message>
    <message>
        <source>Export Table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV，UTF-8 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot export the table</source>
        <translation>无法导出表格</translation>
    </message>
</context>
<context>
    <name>Planner::TableSource</name>
    <message>
        <source>it is UTF-16 text; save it as CSV UTF-8 (or as an Excel workbook)</source>
        <translation>这是 UTF-16 文本；请另存为 CSV UTF-8（或 Excel 工作簿）</translation>
    </message>
    <message>
        <source>it is not a text file (it holds binary data)</source>
        <translation>这不是文本文件（包含二进制数据）</translation>
    </message>
    <message>
        <source>it is not UTF-8 and this system cannot decode GB18030</source>
        <translation>它不是 UTF-8，且本系统无法解码 GB18030</translation>
    </message>
    <message>
        <source>it is neither UTF-8 nor GB18030 text</source>
        <translation>它既不是 UTF-8 文本，也不是 GB18030 文本</translation>
    </message>
    <message>
        <source>line %1: the file cannot be read further: %2</source>
        <translation>第 %1 行：无法继续读取文件：%2</translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>第 %1 行：加引号的字段没有结束引号</translation>
    </message>
    <message>
        <source>line %1: the bytes are not valid %2 text; choose another encoding</source>
        <translation>第 %1 行：字节不是有效的 %2 文本；请选择其他编码</translation>
    </message>
    <message>
        <source>line %1: a quote inside an unquoted field</source>
        <translation>第 %1 行：未加引号的字段中出现引号</translation>
    </message>
    <message>
        <source>line %1: text after a closing quote</source>
        <translation>第 %1 行：右引号后还有文本</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the file is empty</source>
        <translation>无法导入“%1”：文件为空</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2</source>
        <translation>无法导入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Planner::TableWriter</name>
    <message>
        <source>cannot create the workbook</source>
        <translation>无法创建工作簿</translation>
    </message>
    <message>
        <source>more than %1 rows do not fit in one sheet</source>
        <translation>一个工作表容纳不下超过 %1 行</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>cannot move the workbook into place</source>
        <translation>无法将工作簿移动到目标位置</translation>
    </message>
    <message>
        <source>Cannot export to “%1”: the file name must end in .csv or .xlsx</source>
        <translation>无法导出到“%1”：文件名必须以 .csv 或 .xlsx 结尾</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Planner::TargetTableModel</name>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Trainees to train</source>
        <translation>培训人数</translation>
    </message>
    <message>
        <source>To certify</source>
        <translation>认证人数</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>What the track may spend in the year, in yuan (blank: none set)</source>
        <translation>该方向本年度可支出的金额（元；留空：不设定）</translation>
    </message>
</context>
<context>
    <name>Planner::TimelinePage</name>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Lead instructor</source>
        <translation>主讲讲师</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>缩放(&amp;Z)：</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Ctrl+mouse wheel over the chart zooms too</source>
        <translation>在图表上按住 Ctrl 滚动鼠标滚轮也可缩放</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>Conflict warning</source>
        <translation>冲突警告</translation>
    </message>
    <message>
        <source>Blocking conflict</source>
        <translation>阻断性冲突</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not read the plan: %1</source>
        <translation>无法读取计划：%1</translation>
    </message>
    <message>
        <source>Cohorts meeting in %1: %2. Drag a cohort to move it by working days, or its right edge to change its end; Alt+←/→ moves the selected cohort by one working day; double-click opens it in Cohorts.</source>
        <translation>%1 年上课的班级：%2 个。拖动班级可按工作日移动，拖动其右边缘可更改结束日期；Alt+←/→ 将所选班级移动一个工作日；双击可在“班级”中打开。</translation>
    </message>
    <message>
        <source>The plan has no work calendar for %1: the timeline shows its weekends only, and its public holidays and make-up working days are unknown. &lt;a href="import"&gt;Import Work Calendar…&lt;/a&gt;</source>
        <translation>计划中没有 %1 年的工作日历：时间线只标出周末，法定节假日和调休上班日未知。&lt;a href="import"&gt;导入工作日历…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Show today's date and the cohorts running now</source>
        <translation>显示今天的日期和正在进行的班级</translation>
    </message>
</context>
<context>
    <name>Planner::TimelineView</name>
    <message>
        <source>No venue (online)</source>
        <translation>无场地（线上）</translation>
    </message>
    <message>
        <source>No lead instructor</source>
        <translation>无主讲教师</translation>
    </message>
    <message>
        <source>No cohorts meet in %1.</source>
        <translation>%1 年没有上课的班级。</translation>
    </message>
    <message>
        <source>No plan loaded.</source>
        <translation>未打开计划。</translation>
    </message>
    <message>
        <source>%1: ends %2 · sessions: %3</source>
        <translation>%1：结束于 %2 · 课次：%3</translation>
    </message>
    <message>
        <source>%1: %2 working days · %3</source>
        <translation>%1：%2 个工作日 · %3</translation>
    </message>
    <message>
        <source>Cohorts: %1</source>
        <translation>班级：%1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
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
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Instructors</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>%1 enrolled of %2</source>
        <translation>已报名 %1 / 共 %2</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>课次</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>blocking (see the Conflicts page)</source>
        <translation>阻断（见“冲突”页）</translation>
    </message>
    <message>
        <source>warnings (see the Conflicts page)</source>
        <translation>警告（见“冲突”页）</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>第 %1 周</translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s)</source>
        <translation><numerusform>%Ln 个班级</numerusform></translation>
    </message>
</context>
<context>
    <name>Planner::TrackCostModel</name>
    <message>
        <source>Track</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Spent to date</source>
        <translation>截至今日支出</translation>
    </message>
    <message>
        <source>Forecast at year end</source>
        <translation>年底预测</translation>
    </message>
    <message>
        <source>Left at year end</source>
        <translation>年底剩余</translation>
    </message>
    <message>
        <source>Instructors</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Materials &amp; exams</source>
        <translation>教材与考试</translation>
    </message>
    <message>
        <source>Per trainee</source>
        <translation>每位学员</translation>
    </message>
    <message>
        <source>Per certificate</source>
        <translation>每张证书</translation>
    </message>
    <message>
        <source>What the track may spend in the year (its target's budget): type an amount, clear it to set none</source>
        <translation>该方向本年度可支出的金额（即其目标的预算）：输入金额，清空则不设定</translation>
    </message>
    <message>
        <source>The costs of the days held so far: instructors, venues, materials and exams</source>
        <translation>已开课日子的费用：教师、场地、教材和考试</translation>
    </message>
    <message>
        <source>Spent so far plus the costs of everything still planned in the year</source>
        <translation>已支出的费用加上本年度仍在计划中的全部费用</translation>
    </message>
    <message>
        <source>The budget less the forecast; red: over budget</source>
        <translation>预算减去预测；红色：超出预算</translation>
    </message>
    <message>
        <source>The forecast at the year end, in its parts</source>
        <translation>年底预测的各组成部分</translation>
    </message>
    <message>
        <source>The forecast cost divided by the trainees expected to complete in the year</source>
        <translation>预测费用除以本年度预计结业的学员人数</translation>
    </message>
    <message>
        <source>The forecast cost divided by the certificates expected in the year</source>
        <translation>预测费用除以本年度预计颁发的证书数</translation>
    </message>
    <message>
        <source>Fixed costs of the programme</source>
        <translation>项目固定费用</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>整个项目</translation>
    </message>
    <message>
        <source>The track has no target in the year: enter one (Courses ▸ Yearly targets) to give it a budget.</source>
        <translation>该方向本年度没有目标：请先输入目标（课程 ▸ 年度目标），再为其设定预算。</translation>
    </message>
    <message>
        <source>The tracks' budgets added up</source>
        <translation>各方向预算之和</translation>
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
    <name>Planner::TraineeDetail</name>
    <message>
        <source>E&amp;nroll in Cohort…</source>
        <translation>报名班级(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>退出(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>转班(&amp;T)…</translation>
    </message>
    <message>
        <source>Withdraw from the selected enrollment; the seat goes to the first on the waitlist</source>
        <translation>退出所选报名；空出的名额由候补名单上的第一位递补</translation>
    </message>
    <message>
        <source>Move the selected enrollment to another cohort's seat or waitlist</source>
        <translation>将所选报名转到其他班级的名额或候补名单</translation>
    </message>
    <message>
        <source>Select a trainee to see their cohorts and certificates.</source>
        <translation>选择一名学员以查看其班级和证书。</translation>
    </message>
    <message>
        <source>%1, %2 (%3, %4)</source>
        <translation>%1，%2（%3，%4）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Certificates:&lt;/b&gt; none yet</source>
        <translation>&lt;b&gt;证书：&lt;/b&gt;暂无</translation>
    </message>
    <message>
        <source>&lt;b&gt;Certificates:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;证书：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>Show ID Number</source>
        <translation>显示身份证号</translation>
    </message>
    <message>
        <source>ID numbers are shown masked. Show this trainee's in full for as long as the plan stays open; the History records who saw it.</source>
        <translation>身份证号默认遮盖显示。在计划打开期间完整显示该学员的身份证号；历史记录会记录查看人。</translation>
    </message>
</context>
<context>
    <name>Planner::TraineeHistoryModel</name>
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
        <source>Waitlisted (#%1)</source>
        <translation>候补（第 %1 位）</translation>
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
    <message>
        <source>Document</source>
        <translation>证件类型</translation>
    </message>
</context>
<context>
    <name>Planner::UtilisationChart</name>
    <message>
        <source>Instructor utilisation</source>
        <translation>教师利用率</translation>
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
        <translation>名额</translation>
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
    <message>
        <source>Rent per day</source>
        <translation>日租金</translation>
    </message>
    <message>
        <source>Licence per seat</source>
        <translation>每席位许可费</translation>
    </message>
    <message>
        <source>What a cohort pays for each day it teaches here (venues on site)</source>
        <translation>班级在此上课每天支付的费用（线下场地）</translation>
    </message>
    <message>
        <source>What an online cohort pays per trainee for the classroom's licence</source>
        <translation>在线班级为每位学员支付的课堂许可费</translation>
    </message>
</context>
<context>
    <name>Planner::WeightsForm</name>
    <message>
        <source>What each costs the plan (points)</source>
        <translation>各项给计划带来的代价（分）</translation>
    </message>
    <message>
        <source>Auto-assign looks for the staffing whose costs add up to the least. A cost ten times another counts ten times as much.</source>
        <translation>自动安排寻找代价总和最小的教师安排。一项代价是另一项的十倍，就按十倍计算。</translation>
    </message>
    <message>
        <source>Cohort without a lead:</source>
        <translation>班级没有主讲：</translation>
    </message>
    <message>
        <source>Missing assistant:</source>
        <translation>缺少助教：</translation>
    </message>
    <message>
        <source>Uneven load (× teaching days²):</source>
        <translation>工作量不均（× 授课天数²）：</translation>
    </message>
    <message>
        <source>Travel (per day outside the home district):</source>
        <translation>出行（每天在居住区以外）：</translation>
    </message>
    <message>
        <source>Preference (per point):</source>
        <translation>偏好（每分）：</translation>
    </message>
    <message>
        <source>Each changed assignment (re-plan):</source>
        <translation>每项变更的分配（重新规划）：</translation>
    </message>
</context>
<context>
    <name>Planner::WelcomePage</name>
    <message>
        <source>Welcome to Cohort Planner</source>
        <translation>欢迎使用培训班规划</translation>
    </message>
    <message>
        <source>Plan the year's cohorts against its targets, staff them with qualified instructors, and follow every trainee to a certificate. A plan is one file on this computer; every change is saved at once and can be undone.</source>
        <translation>按年度目标规划班级，为其安排具备资质的教师，并跟踪每位学员直到取得证书。一个计划就是这台电脑上的一个文件；每次修改都会立即保存，并且可以撤销。</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation>新建计划(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open a Plan…</source>
        <translation>打开计划(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Plan</source>
        <translation>打开示例计划(&amp;D)</translation>
    </message>
    <message>
        <source>An empty plan: add your tracks, courses, venues and instructors, or import them from spreadsheets.</source>
        <translation>一个空计划：添加您的方向、课程、场地和教师，或从电子表格导入。</translation>
    </message>
    <message>
        <source>A .cohortplan file made here or by a colleague.</source>
        <translation>在本机或由同事创建的 .cohortplan 文件。</translation>
    </message>
    <message>
        <source>Fictional data: a year of the Beijing programme, with 150 instructors and 10,000 trainees, to try everything on. No real person is in it.</source>
        <translation>虚构数据：北京培训项目的一个年度，含 150 名教师和 10,000 名学员，可用来试用各项功能。其中没有任何真实人员。</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>最近打开的计划</translation>
    </message>
    <message>
        <source>No plan was opened on this computer yet.</source>
        <translation>这台电脑上还没有打开过任何计划。</translation>
    </message>
    <message>
        <source>%1 — in %2</source>
        <translation>%1 — 位于 %2</translation>
    </message>
    <message>
        <source>%1 — not found at %2</source>
        <translation>%1 — 在 %2 中找不到</translation>
    </message>
</context>
<context>
    <name>Planner::XlsxReader</name>
    <message>
        <source>it is not an Excel workbook (.xlsx) that can be read</source>
        <translation>这不是可读取的 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>it is not an Excel workbook (.xlsx): it has no xl/workbook.xml</source>
        <translation>这不是 Excel 工作簿（.xlsx）：其中没有 xl/workbook.xml</translation>
    </message>
    <message>
        <source>its shared strings cannot be read or are larger than %1 MB</source>
        <translation>其共享字符串无法读取或大于 %1 MB</translation>
    </message>
    <message>
        <source>its shared strings are damaged: %1</source>
        <translation>其共享字符串已损坏：%1</translation>
    </message>
    <message>
        <source>it has no worksheet (%1)</source>
        <translation>其中没有工作表（%1）</translation>
    </message>
    <message>
        <source>row %1: a cell refers to a shared string the workbook does not have</source>
        <translation>第 %1 行：单元格引用了工作簿中不存在的共享字符串</translation>
    </message>
    <message>
        <source>row %1: the worksheet is damaged: %2</source>
        <translation>第 %1 行：工作表已损坏：%2</translation>
    </message>
    <message>
        <source>row %1: the worksheet ends early (the file is cut off)</source>
        <translation>第 %1 行：工作表提前结束（文件不完整）</translation>
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