/**
 * Standard 决策/过程 indicator sets (from DOMAIN.md), as data. The templates module will later supply
 * these from its own set files; rules only need the shape below.
 */
import type { FormKind } from '../model/form';
import type { Level1Key } from '../model/keys';

export interface StandardItem {
  level1: Level1Key;
  level2: string;
  level3: string;
  /** Typical value (全年). */
  value: string;
}

export interface StandardSet {
  id: string;
  name: string;
  kind: FormKind;
  items: StandardItem[];
}

function rows(level1: Level1Key, level2: string, list: [string, string][]): StandardItem[] {
  return list.map(([level3, value]) => ({ level1, level2, level3, value }));
}

/** 财预〔2020〕10号 common indicators, as used on project forms (seed 000). */
export const PROJECT_COMMON: StandardSet = {
  id: 'project-common',
  name: '项目支出共性指标（财预〔2020〕10号）',
  kind: 'project',
  items: [
    ...rows('decision', '项目立项', [
      ['立项依据充分性', '充分'],
      ['立项程序规范性', '规范'],
    ]),
    ...rows('decision', '绩效目标', [
      ['绩效目标合理性', '合理'],
      ['绩效指标明确性', '明确'],
    ]),
    ...rows('decision', '资金投入', [
      ['预算编制科学性', '科学'],
      ['资金分配合理性', '合理'],
    ]),
    ...rows('process', '资金管理', [
      ['资金到位率', '=100%'],
      ['预算执行率', '=100%'],
      ['资金使用合规性', '合规'],
    ]),
    ...rows('process', '组织实施', [
      ['管理制度健全性', '健全'],
      ['制度执行有效性', '有效'],
    ]),
  ],
};

/** Department (部门整体) set as used in seeds 003 and 004. */
export const DEPARTMENT_COMMON: StandardSet = {
  id: 'department-common',
  name: '部门整体支出共性指标（江苏）',
  kind: 'department',
  items: [
    ...rows('decision', '计划制定', [
      ['中长期规划制定健全性', '健全'],
      ['工作计划制定健全性', '健全'],
    ]),
    ...rows('decision', '目标设定', [
      ['绩效目标合理性', '合理'],
      ['绩效指标明确性', '明确'],
    ]),
    ...rows('decision', '预算编制', [
      ['预算编制科学性', '科学'],
      ['预算编制规范性', '规范'],
    ]),
    ...rows('process', '预算执行', [
      ['预算调整率', '=0%'],
      ['支付进度符合率', '=100%'],
      ['预算执行率', '=100%'],
      ['结转结余率', '=0%'],
      ['公用经费控制率', '≤100%'],
      ['三公经费变动率', '≤0%'],
      ['政府采购执行率', '=100%'],
      ['非税收入预算完成率', '≥100%'],
    ]),
    ...rows('process', '预算管理', [
      ['预算管理制度健全性', '健全'],
      ['资金使用合规性', '合规'],
      ['绩效管理覆盖率', '=100%'],
      ['基础信息完善性', '完善'],
      ['预决算信息公开度', '公开'],
      ['非税收入管理合规性', '合规'],
    ]),
    ...rows('process', '资产管理', [
      ['资产管理制度健全性', '健全'],
      ['资产管理规范性', '规范'],
      ['固定资产利用率', '=100%'],
    ]),
    ...rows('process', '项目管理', [
      ['项目管理制度健全性', '健全'],
      ['项目管理制度执行规范性', '规范'],
    ]),
    ...rows('process', '人员管理', [
      ['人员管理制度健全性', '健全'],
      ['人员管理制度执行有效性', '有效'],
      ['在职人员控制率', '=100%'],
    ]),
    ...rows('process', '机构建设', [
      ['组织建设工作及时完成率', '=100%'],
      ['业务学习与培训及时完成率', '=100%'],
      ['纪检监察工作有效性', '有效'],
    ]),
  ],
};

export const STANDARD_SETS: readonly StandardSet[] = [PROJECT_COMMON, DEPARTMENT_COMMON];
