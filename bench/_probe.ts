import { excelMaxRequestKB } from './excel';
void excelMaxRequestKB().then((r) => console.log(JSON.stringify(r)));
